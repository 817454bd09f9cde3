/** @jest-environment node */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import type { Redis } from 'ioredis'
import type { CacheHandler } from 'next/dist/server/lib/incremental-cache'
import { startRedis, type RedisServer } from '@/test/redis-server'
import { connectRedis } from '../connection'
import { createPageCacheHandler } from '../page-cache-handler'

type GetContext = Parameters<CacheHandler['get']>[1]
type SetContext = Parameters<CacheHandler['set']>[2]
type Value = Parameters<CacheHandler['set']>[1]

let redis: RedisServer
const clients: Redis[] = []
let test = 0

/** One storefront instance's page cache: its own connection, the shared Redis. */
function instance(): CacheHandler {
  const client = connectRedis(redis.url)
  clients.push(client)
  const Handler = createPageCacheHandler(() => client, {
    entries: `t${test}:pages:`,
    tags: `t${test}:`,
  })
  return new Handler({ revalidatedTags: [], _requestHeaders: {} })
}

// The shapes Next passes (its enums are const enums, so the literal values stand in for them).
const page = {
  kind: 'APP_PAGE',
  html: '<h1>Article</h1>',
  rscData: Buffer.from([0, 1, 2, 255]),
  status: 200,
  postponed: undefined,
  headers: { 'x-next-cache-tags': '_N_T_/layout,article:1,articles' },
  segmentData: new Map([['/_tree', Buffer.from('tree')]]),
} as unknown as Value
const setContext = {
  cacheControl: { revalidate: 3600, expire: 604800 },
  isRoutePPREnabled: false,
  isFallback: false,
} as SetContext
const getContext = { kind: 'APP_PAGE', isRoutePPREnabled: false, isFallback: false } as GetContext

beforeAll(async () => {
  redis = await startRedis()
})

afterEach(() => {
  test += 1
})

afterAll(async () => {
  for (const client of clients) client.disconnect()
  await redis.stop()
})

describe('the Redis page cache handler', () => {
  it('gives back a page as stored, buffers and segment map included, to any instance', async () => {
    await instance().set('/blog/a', page, setContext)
    const found = await instance().get('/blog/a', getContext)
    expect(found?.value).toEqual(page)
    expect(found?.cacheControl).toEqual({ revalidate: 3600, expire: 604800 })
    expect(found?.lastModified).toBeLessThanOrEqual(Date.now())
  })

  it('misses on every instance once one expired a tag the page carries', async () => {
    const [a, b] = [instance(), instance()]
    await a.set('/blog/a', page, setContext)
    await a.set(
      '/blog/b',
      { ...page, headers: { 'x-next-cache-tags': 'article:2' } } as Value,
      setContext,
    )
    await new Promise((resolve) => setTimeout(resolve, 5))
    await b.revalidateTag(['article:1'], { expire: 0 })
    expect(await a.get('/blog/a', getContext)).toBeNull()
    expect(await a.get('/blog/b', getContext)).not.toBeNull()
  })

  it('serves a page once more with a spent lifetime when another instance marked a tag stale', async () => {
    const [a, b] = [instance(), instance()]
    await a.set('/blog/a', page, setContext)
    await new Promise((resolve) => setTimeout(resolve, 5))
    // What revalidateTag(tag, 'max') sends: stale now, never expired.
    await b.revalidateTag(['articles'], {})
    const found = await a.get('/blog/a', getContext)
    expect(found?.value).toEqual(page)
    // Next sees the lifetime as run out: it answers STALE and renders in the background.
    expect(found?.cacheControl).toEqual({ revalidate: 1, expire: 604800 })
    await a.set('/blog/a', page, setContext)
    expect((await a.get('/blog/a', getContext))?.cacheControl).toEqual({
      revalidate: 3600,
      expire: 604800,
    })
  })

  it('misses when a soft tag of the request expired', async () => {
    const handler = instance()
    await handler.set('/blog/a', page, setContext)
    await new Promise((resolve) => setTimeout(resolve, 5))
    await handler.revalidateTag('_N_T_/blog/a')
    const soft = { ...getContext, softTags: ['_N_T_/blog/a'] } as GetContext
    expect(await handler.get('/blog/a', soft)).toBeNull()
  })

  it('misses instead of failing while Redis is down', async () => {
    const handler = instance()
    await handler.set('/blog/a', page, setContext)
    await redis.kill()
    try {
      expect(await handler.get('/blog/a', getContext)).toBeNull()
      await expect(handler.set('/blog/a', page, setContext)).resolves.toBeUndefined()
    } finally {
      await redis.restart()
    }
  })
})

describe('what the page cache finds in Redis', () => {
  it('is a miss when the stored value is not a page entry', async () => {
    const client = connectRedis(redis.url)
    clients.push(client)
    const Handler = createPageCacheHandler(() => client, { entries: 'foreign:', tags: 'foreign:' })
    const handler = new Handler({ revalidatedTags: [], _requestHeaders: {} })
    await handler.get('/warm-up', getContext)
    await client.set('foreign:/blog/a', JSON.stringify({ value: 'x' }))
    expect(await handler.get('/blog/a', getContext)).toBeNull()
  })
})
