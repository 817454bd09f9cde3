/** @jest-environment node */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import type { CacheEntry } from 'next/dist/server/lib/cache-handlers/types'
import type { CacheHandler } from 'next/dist/server/lib/incremental-cache'
import { createDiskStore } from '../disk-store'
import { readAll, streamOf } from '../entry-codec'
import { createPageCacheHandler } from '../page-cache-handler'
import { createUseCacheHandler } from '../use-cache-handler'

type GetContext = Parameters<CacheHandler['get']>[1]
type Value = Parameters<CacheHandler['set']>[1]
type SetContext = Parameters<CacheHandler['set']>[2]

const MB = 1024 * 1024
let root: string

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'disk-store-'))
})

afterEach(() => {
  rmSync(root, { recursive: true, force: true })
})

const files = () => readdirSync(join(root, String(process.pid)))

describe('the disk store', () => {
  it('gives back what it stored until its time is up', async () => {
    const store = createDiskStore(root, MB)
    expect(await store.getBuffer('a')).toBeNull()
    await store.set('a', Buffer.from([1, 2, 255]), 'EX', 60)
    await store.set('b', 'text', 'EX', 60)
    expect(await store.getBuffer('a')).toEqual(Buffer.from([1, 2, 255]))
    expect((await store.getBuffer('b'))?.toString()).toBe('text')
    await store.set('a', 'short-lived', 'EX', -1)
    expect(await store.getBuffer('a')).toBeNull()
  })

  it('starts empty, dropping what an earlier process left', async () => {
    await createDiskStore(root, MB).set('a', 'old', 'EX', 60)
    const ended = join(root, '999999999')
    mkdirSync(ended)
    const store = createDiskStore(root, MB)
    expect(await store.getBuffer('a')).toBeNull()
    expect(existsSync(ended)).toBe(false)
  })

  it('drops the oldest entries once it holds more than its cap', async () => {
    const store = createDiskStore(root, 2500)
    for (const key of ['a', 'b', 'c']) await store.set(key, Buffer.alloc(1000), 'EX', 60)
    expect(await store.getBuffer('a')).toBeNull()
    expect(await store.getBuffer('b')).not.toBeNull()
    expect(await store.getBuffer('c')).not.toBeNull()
    expect(files()).toHaveLength(2)
  })

  it('keeps tag states as hash fields', async () => {
    const store = createDiskStore(root, MB)
    await store.hset('tags', { x: '1', y: '2' })
    expect(await store.hmget('tags', 'y', 'z', 'x')).toEqual(['2', null, '1'])
  })
})

describe('the cache handlers on the disk store', () => {
  const page = {
    kind: 'APP_PAGE',
    html: '<h1>Article</h1>',
    rscData: Buffer.from([0, 1, 2]),
    status: 200,
    headers: { 'x-next-cache-tags': 'article:1,related-articles' },
    segmentData: new Map([['/_tree', Buffer.from('tree')]]),
  } as unknown as Value
  const setContext = { cacheControl: { revalidate: 3600, expire: 604800 } } as SetContext
  const getContext = { kind: 'APP_PAGE', isRoutePPREnabled: false } as GetContext
  const pages = () => {
    const store = createDiskStore(root, MB)
    const Handler = createPageCacheHandler(() => store, { entries: 'page:', tags: '' })
    return new Handler({ revalidatedTags: [], _requestHeaders: {} })
  }

  it('serves a page, stale once its background tag is marked, gone once a tag expires', async () => {
    const handler = pages()
    await handler.set('/blog/a', page, setContext)
    expect((await handler.get('/blog/a', getContext))?.value).toEqual(page)
    await new Promise((resolve) => setTimeout(resolve, 5))
    await handler.revalidateTag('related-articles', {})
    expect((await handler.get('/blog/a', getContext))?.cacheControl?.revalidate).toBe(1)
    await handler.revalidateTag('article:1', { expire: 0 })
    expect(await handler.get('/blog/a', getContext)).toBeNull()
  })

  it("keeps 'use cache' entries until a tag of theirs expires", async () => {
    const store = createDiskStore(root, MB)
    const handler = createUseCacheHandler(() => store, {
      entries: 'data:',
      tags: '',
    })
    const entry: CacheEntry = {
      value: streamOf(Buffer.from('data')),
      tags: ['articles'],
      stale: 300,
      timestamp: Date.now() - 1000,
      expire: 3600,
      revalidate: 600,
    }
    await handler.set('key', Promise.resolve(entry))
    const found = await handler.get('key', [])
    expect(found && (await readAll(found.value)).toString()).toBe('data')
    await handler.updateTags(['articles'])
    expect(await handler.get('key', [])).toBeUndefined()
  })
})
