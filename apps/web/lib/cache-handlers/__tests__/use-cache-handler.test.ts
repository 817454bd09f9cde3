/** @jest-environment node */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import type { Redis } from 'ioredis'
import type { CacheEntry, CacheHandler } from 'next/dist/server/lib/cache-handlers/types'
import { startRedis, type RedisServer } from '@/test/redis-server'
import { connectRedis } from '../connection'
import { readAll, streamOf } from '../entry-codec'
import { createUseCacheHandler } from '../use-cache-handler'

let redis: RedisServer
const clients: Redis[] = []
let test = 0

/** One storefront instance's handler: its own connection, the shared Redis. */
function instance(): CacheHandler {
  const client = connectRedis(redis.url)
  clients.push(client)
  return createUseCacheHandler(() => client, { entries: `t${test}:entries:`, tags: `t${test}:` })
}

function entry(text: string, fields: Partial<Omit<CacheEntry, 'value'>> = {}): CacheEntry {
  return {
    value: streamOf(Buffer.from(text)),
    tags: ['article:1'],
    stale: 300,
    timestamp: Date.now(),
    expire: 3600,
    revalidate: 600,
    ...fields,
  }
}

async function text(found: CacheEntry | undefined): Promise<string | undefined> {
  return found && (await readAll(found.value)).toString()
}

const ready = (handler: CacheHandler) => handler.getExpiration(['warm-up'])

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

describe("the Redis 'use cache' handler", () => {
  it('gives back what it stored, with a new stream on every read', async () => {
    const handler = instance()
    await handler.set('key', Promise.resolve(entry('<p>cached</p>')))
    const first = await handler.get('key', [])
    const second = await handler.get('key', [])
    expect(await text(first)).toBe('<p>cached</p>')
    expect(await text(second)).toBe('<p>cached</p>')
    expect(first).toMatchObject({ tags: ['article:1'], expire: 3600, revalidate: 600, stale: 300 })
  })

  it('answers a read made while the write is still in progress with the written entry', async () => {
    const handler = instance()
    let finish = (_: CacheEntry) => {}
    const pending = new Promise<CacheEntry>((resolve) => (finish = resolve))
    const written = handler.set('key', pending)
    const read = handler.get('key', [])
    finish(entry('late'))
    await written
    expect(await text(await read)).toBe('late')
  })

  it('shares entries between instances', async () => {
    await instance().set('key', Promise.resolve(entry('from a')))
    expect(await text(await instance().get('key', []))).toBe('from a')
  })

  it('misses on every instance once one instance expired a tag of the entry', async () => {
    const [a, b] = [instance(), instance()]
    await a.set('key', Promise.resolve(entry('old', { timestamp: Date.now() - 1000 })))
    await b.updateTags(['article:1'])
    expect(await a.get('key', [])).toBeUndefined()
    expect(await a.getExpiration(['article:1', 'other'])).toBeGreaterThan(Date.now() - 1000)
    expect(await a.getExpiration(['other'])).toBe(0)
  })

  it('serves an entry made after the tag expired', async () => {
    const handler = instance()
    await handler.updateTags(['article:1'])
    await handler.set('key', Promise.resolve(entry('new', { timestamp: Date.now() + 1 })))
    expect(await text(await handler.get('key', []))).toBe('new')
  })

  it('serves an entry whose tag is only stale once more, due for a refresh', async () => {
    const [a, b] = [instance(), instance()]
    await a.set('key', Promise.resolve(entry('stale', { timestamp: Date.now() - 1000 })))
    await b.updateTags(['article:1'], { expire: 3600 })
    const found = await a.get('key', [])
    expect(await text(found)).toBe('stale')
    expect(found?.revalidate).toBe(-1)
  })

  it('does not store entries that expire at once', async () => {
    const handler = instance()
    await handler.set('key', Promise.resolve(entry('dynamic', { expire: 0 })))
    expect(await handler.get('key', [])).toBeUndefined()
  })

  it('misses instead of failing while Redis is down, and uses it again once it is back', async () => {
    const handler = instance()
    await ready(handler)
    await redis.kill()
    expect(await handler.get('key', [])).toBeUndefined()
    await expect(handler.set('key', Promise.resolve(entry('lost')))).resolves.toBeUndefined()
    expect(await handler.getExpiration(['article:1'])).toBe(0)
    await redis.restart()
    // The client reconnects by itself (backoff up to 2 s).
    const deadline = Date.now() + 20_000
    let found: string | undefined
    while (found === undefined && Date.now() < deadline) {
      await handler.set('key', Promise.resolve(entry('back')))
      found = await text(await handler.get('key', []))
      if (found === undefined) await new Promise((resolve) => setTimeout(resolve, 200))
    }
    expect(found).toBe('back')
  }, 40_000)
})
