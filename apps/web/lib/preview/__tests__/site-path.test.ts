/** @jest-environment node */
import { describe, expect, it } from '@jest/globals'
import { sitePath } from '../site-path'

describe('sitePath', () => {
  it('keeps a path on this site', () => {
    expect(sitePath('/blog/a?x=1#h')).toBe('/blog/a?x=1#h')
    expect(sitePath('/')).toBe('/')
  })

  it('falls back to / for another origin or nothing', () => {
    for (const value of [
      null,
      '',
      '//evil.test',
      '/\\evil.test',
      'https://evil.test',
      'blog',
      '/a b',
    ])
      expect(sitePath(value)).toBe('/')
  })
})
