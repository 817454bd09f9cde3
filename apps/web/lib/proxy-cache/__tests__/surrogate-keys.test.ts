/** @jest-environment node */
import { describe, expect, it } from '@jest/globals'
import { tagsForDocument } from '@repo/content/cache-tags'
import { carriesSurrogateKeys, surrogateKey, surrogateKeys } from '../surrogate-keys'

const keys = (path: string) => surrogateKeys(path).split(' ')

describe('surrogateKeys', () => {
  it('labels an article page so that publishing it, its comments or its author purges it', () => {
    const page = keys('/blog/lower-back')
    const changes = [
      { _type: 'article', _id: 'a1', slug: 'lower-back' },
      { _type: 'author', _id: 'p1' },
      { _type: 'comment', _id: 'comments.c1', article: { _ref: 'a1', slug: 'lower-back' } },
      { _type: 'deal', _id: 'd1' },
      { _type: 'siteSettings', _id: 'siteSettings' },
    ]
    for (const change of changes)
      expect(tagsForDocument(change).some((tag) => page.includes(tag))).toBe(true)
  })

  it('leaves an article page alone when another article changes only itself', () => {
    expect(keys('/blog/lower-back')).not.toContain('article:other')
    expect(keys('/blog/lower-back')).toContain('article:lower-back')
  })

  it('labels lists, categories, feeds and unknown paths with what they show', () => {
    expect(keys('/')).toEqual(expect.arrayContaining(['articles', 'deals', 'site-settings']))
    expect(keys('/category/core')).toEqual(expect.arrayContaining(['category:core', 'categories']))
    expect(keys('/feed.xml')).toContain('articles')
    expect(keys('/somewhere/else')).toEqual(expect.arrayContaining(['articles', 'categories']))
  })

  it('turns every tag into one ASCII token, the same way for the page and the purge', () => {
    expect(keys('/blog/caf%C3%A9')).toContain(surrogateKey('article:café'))
    expect(surrogateKey('article:a b,c')).toBe('article:a%20b%2Cc')
    expect(keys('/blog/%E0%A4%A')).toContain('articles')
  })
})

describe('carriesSurrogateKeys', () => {
  it('labels pages only', () => {
    expect(carriesSurrogateKeys('GET', '/blog/x')).toBe(true)
    expect(carriesSurrogateKeys('POST', '/blog/x')).toBe(false)
    expect(carriesSurrogateKeys('GET', '/api/comments')).toBe(false)
    expect(carriesSurrogateKeys('GET', '/lake/images/x.png')).toBe(false)
  })
})
