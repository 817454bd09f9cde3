import { describe, expect, it } from '@jest/globals'
import { articleUrl } from '../siteUrl'

describe('articleUrl', () => {
  it('joins the site URL and the slug under /blog', () => {
    expect(articleUrl('http://localhost:3000', 'lower-back-pain')).toBe(
      'http://localhost:3000/blog/lower-back-pain',
    )
  })

  it('ignores trailing slashes on the site URL', () => {
    expect(articleUrl('https://shop.example/', 'a')).toBe('https://shop.example/blog/a')
  })

  it('encodes a slug that would change the path', () => {
    expect(articleUrl('https://shop.example', '../admin?x=1')).toBe(
      'https://shop.example/blog/..%2Fadmin%3Fx%3D1',
    )
  })

  it.each([undefined, '', '   ', 42])('has no URL for slug %p', (slug) => {
    expect(articleUrl('https://shop.example', slug)).toBeUndefined()
  })
})
