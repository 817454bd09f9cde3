/** @jest-environment node */
import { describe, expect, it } from '@jest/globals'
import { RateLimiter } from '../rate-limit'

describe('RateLimiter', () => {
  it('allows a burst, then refuses with the seconds until the next token', () => {
    const limiter = new RateLimiter({ burst: 3, perMinute: 2, maxClients: 100 })
    expect([0, 1, 2].map(() => limiter.take('a', 0).ok)).toEqual([true, true, true])
    expect(limiter.take('a', 0)).toEqual({ ok: false, retryAfterSeconds: 30 })
    expect(limiter.take('a', 20_000)).toEqual({ ok: false, retryAfterSeconds: 10 })
  })

  it('refills at the configured rate, never above the burst', () => {
    const limiter = new RateLimiter({ burst: 2, perMinute: 60, maxClients: 100 })
    limiter.take('a', 0)
    limiter.take('a', 0)
    expect(limiter.take('a', 1_000).ok).toBe(true)
    expect(limiter.take('a', 1_000).ok).toBe(false)
    const later = 3_600_000
    expect([0, 1, 2].map(() => limiter.take('a', later).ok)).toEqual([true, true, false])
  })

  it('keeps one bucket per client', () => {
    const limiter = new RateLimiter({ burst: 1, perMinute: 1, maxClients: 100 })
    expect(limiter.take('a', 0).ok).toBe(true)
    expect(limiter.take('a', 0).ok).toBe(false)
    expect(limiter.take('b', 0).ok).toBe(true)
  })

  it('forgets the least recently used client past maxClients', () => {
    const limiter = new RateLimiter({ burst: 1, perMinute: 1, maxClients: 2 })
    limiter.take('a', 0)
    limiter.take('b', 0)
    limiter.take('c', 0)
    expect(limiter.take('a', 0).ok).toBe(true)
    expect(limiter.take('c', 0).ok).toBe(false)
  })
})
