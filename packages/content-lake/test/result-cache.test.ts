import { expect, test } from '@jest/globals'
import { ResultCache } from '../src/query/resultCache'

test('a sitemap-sized result (3.5 MB, 10,000 articles) is kept with the default limits', () => {
  const cache = new ResultCache()
  const sitemap = 'x'.repeat(3_500_000)
  cache.set('sitemap', sitemap, cache.generation)
  expect(cache.get('sitemap')).toBe(sitemap)
})

test('results above the entry limit are not kept, and the total stays bounded (oldest unused first)', () => {
  const cache = new ResultCache({ maxEntries: 10, maxEntryBytes: 100, maxTotalBytes: 250 })
  cache.set('huge', 'x'.repeat(101), cache.generation)
  expect(cache.get('huge')).toBeUndefined()
  cache.set('a', 'a'.repeat(100), cache.generation)
  cache.set('b', 'b'.repeat(100), cache.generation)
  expect(cache.get('a')).toBeDefined()
  cache.set('c', 'c'.repeat(100), cache.generation)
  expect(cache.get('b')).toBeUndefined()
  expect(cache.get('a')).toBeDefined()
  expect(cache.get('c')).toBeDefined()
})

test('storing one key twice counts its size once', () => {
  const cache = new ResultCache({ maxEntries: 10, maxEntryBytes: 100, maxTotalBytes: 250 })
  for (let i = 0; i < 5; i++) cache.set('same', 's'.repeat(100), cache.generation)
  cache.set('other', 'o'.repeat(100), cache.generation)
  expect(cache.get('same')).toBeDefined()
  expect(cache.get('other')).toBeDefined()
})

test('a result computed before a clear is never stored after it', () => {
  const cache = new ResultCache()
  const generation = cache.generation
  cache.clear()
  cache.set('q', '[]', generation)
  expect(cache.get('q')).toBeUndefined()
})
