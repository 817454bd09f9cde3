import { afterEach, expect, test } from '@jest/globals'
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { VariantCache } from '../src/assets/variantCache'

const dirs: string[] = []
const key = (n: number) => n.toString(16).padStart(40, '0')
const fresh = () => {
  const dir = mkdtempSync(join(tmpdir(), 'variants-'))
  dirs.push(dir)
  return dir
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

test('stays within its byte budget, evicting the least recently used variant first', async () => {
  const dir = fresh()
  const cache = new VariantCache(dir, 3000)
  cache.put(key(1), Buffer.alloc(1000, 1))
  cache.put(key(2), Buffer.alloc(1000, 2))
  cache.put(key(3), Buffer.alloc(1000, 3))
  await cache.get(key(1)) // 1 is now more recent than 2
  cache.put(key(4), Buffer.alloc(1000, 4))
  expect(cache.sizeBytes).toBe(3000)
  expect(await cache.get(key(2))).toBeUndefined()
  expect((await cache.get(key(1)))?.[0]).toBe(1)
  expect(readdirSync(dir).sort()).toEqual([key(1), key(3), key(4)])
})

test('finds its variants again after a restart and trims to a smaller budget', async () => {
  const dir = fresh()
  const first = new VariantCache(dir, 10_000)
  for (let i = 1; i <= 5; i++) first.put(key(i), Buffer.alloc(1000, i))
  const reopened = new VariantCache(dir, 2500)
  expect(reopened.sizeBytes).toBeLessThanOrEqual(2500)
  expect(readdirSync(dir)).toHaveLength(2)
})
