/** @jest-environment node */
import { describe, expect, it } from '@jest/globals'
import { CONTENT_LIFETIME, dealLifetime, MIN_PRERENDER_EXPIRE } from '../content/lifetimes'

const NOW = Date.parse('2025-06-01T10:00:00Z')
const inSeconds = (seconds: number) => new Date(NOW + seconds * 1000).toISOString()

describe('dealLifetime', () => {
  it('uses the content lifetime when no deal starts or ends', () => {
    expect(dealLifetime(null, NOW)).toEqual(CONTENT_LIFETIME)
  })

  it('never lets a page that reuses the entry live past the boundary', () => {
    for (const seconds of [400, 3600, 86_400, 30 * 86_400]) {
      const life = dealLifetime(inSeconds(seconds), NOW)
      expect(life.revalidate).toBeLessThanOrEqual(life.expire)
      // The worst case: a page reuses the entry just before it must be regenerated (age = revalidate).
      expect(life.revalidate + life.expire).toBeLessThan(seconds)
      expect(life.expire).toBeGreaterThanOrEqual(MIN_PRERENDER_EXPIRE)
    }
  })

  it('expires exactly at the boundary when it is too close to prerender the banner', () => {
    expect(dealLifetime(inSeconds(120), NOW)).toEqual({ stale: 0, revalidate: 60, expire: 120 })
    expect(dealLifetime(inSeconds(20), NOW)).toEqual({ stale: 0, revalidate: 20, expire: 20 })
  })

  it('does not cache at all once the boundary is less than a second away', () => {
    expect(dealLifetime(inSeconds(0.5), NOW)).toEqual({ stale: 0, revalidate: 0, expire: 0 })
  })

  it('caps the lifetime of far-away boundaries', () => {
    const life = dealLifetime(inSeconds(365 * 86_400), NOW)
    expect(life.expire).toBe(CONTENT_LIFETIME.expire)
    expect(life.revalidate).toBe(3600)
  })
})
