import { describe, expect, it } from '@jest/globals'
import { queryFromSegment, searchRoutePath } from '../search-route'

const path = (query: string) => searchRoutePath(new URLSearchParams(query))

describe('searchRoutePath', () => {
  it('carries the query as one encoded path segment and the page number', () => {
    expect(path('q=back pain&page=2')).toBe('/search/back%20pain/2')
    expect(path('q=a/b?c#d%')).toBe('/search/a%2Fb%3Fc%23d%25/1')
  })

  it('uses a placeholder for no query and page 1 for a page that is not a number', () => {
    expect(path('')).toBe('/search/_/1')
    expect(path('q=%20%20&page=-3')).toBe('/search/_/1')
    expect(path('q=x&page=1e9')).toBe('/search/x/1')
  })

  it('drops control characters and never carries more than one character past the limit', () => {
    expect(path('q=%00back%1b')).toBe('/search/%20back%20/1')
    expect(decodeURIComponent(path(`q=${'x'.repeat(10_240)}`).split('/')[2] ?? '')).toHaveLength(
      201,
    )
  })
})

describe('queryFromSegment', () => {
  it('gives back what the proxy encoded, and tolerates a malformed segment', () => {
    for (const query of ['back pain', 'a/b?c#d%', '日本語 café'])
      expect(queryFromSegment(path(`q=${encodeURIComponent(query)}`).split('/')[2] ?? '')).toBe(
        query,
      )
    expect(queryFromSegment('_')).toBe('')
    expect(queryFromSegment('%E0%A4%A')).toBe('%E0%A4%A')
  })
})
