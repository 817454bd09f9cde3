/** @jest-environment node */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Redis } from 'ioredis'
import { connectRedis } from '@/lib/cache-handlers/connection'
import { startRedis, type RedisServer } from '@/test/redis-server'
import { RateLimiter } from '../rate-limit'
import { RedisRateLimiter } from '../redis-rate-limit'

let redis: RedisServer
const clients: Redis[] = []
let suite = 0

/** One storefront instance's limiter: its own connection and its own in-memory fallback. */
function instance(policy: { burst: number; perMinute: number }): RedisRateLimiter {
  const client = connectRedis(redis.url)
  clients.push(client)
  const local = new RateLimiter({ ...policy, maxClients: 100 })
  return new RedisRateLimiter(client, policy, local, `t${suite}:`)
}

beforeAll(async () => {
  redis = await startRedis()
})

afterAll(async () => {
  for (const client of clients) client.disconnect()
  await redis.stop()
})

describe('RedisRateLimiter', () => {
  it('holds one limit for a client whichever instance it reaches', async () => {
    suite += 1
    const [a, b] = [instance({ burst: 3, perMinute: 6 }), instance({ burst: 3, perMinute: 6 })]
    const now = Date.now()
    const decisions = [
      await a.take('1.2.3.4', now),
      await b.take('1.2.3.4', now),
      await a.take('1.2.3.4', now),
      await b.take('1.2.3.4', now),
    ]
    expect(decisions.map((d) => d.ok)).toEqual([true, true, true, false])
    // A token comes back every 10 s at 6 per minute.
    expect(decisions[3]).toEqual({ ok: false, retryAfterSeconds: 10 })
    expect(await a.take('5.6.7.8', now)).toEqual({ ok: true })
  })

  it('refills at the configured rate', async () => {
    suite += 1
    const [a, b] = [instance({ burst: 1, perMinute: 60 }), instance({ burst: 1, perMinute: 60 })]
    const now = Date.now()
    expect(await a.take('client', now)).toEqual({ ok: true })
    expect(await b.take('client', now + 500)).toEqual({ ok: false, retryAfterSeconds: 1 })
    expect(await b.take('client', now + 1600)).toEqual({ ok: true })
  })

  it('keeps limiting per instance while Redis is down', async () => {
    suite += 1
    const a = instance({ burst: 1, perMinute: 1 })
    await a.take('warm-up', Date.now())
    await redis.kill()
    try {
      const now = Date.now()
      expect(await a.take('client', now)).toEqual({ ok: true })
      expect((await a.take('client', now)).ok).toBe(false)
    } finally {
      await redis.restart()
    }
  })
})
