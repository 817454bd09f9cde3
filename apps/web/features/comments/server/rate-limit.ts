/**
 * A token bucket per client key, in memory. Each client starts with `burst` tokens; a submission
 * takes one; tokens come back at `perMinute`. Memory is bounded: past `maxClients` keys the least
 * recently used bucket is dropped (that client simply starts again with a full bucket).
 */

export interface RateLimitPolicy {
  burst: number
  perMinute: number
  maxClients: number
}

export type RateLimitDecision = { ok: true } | { ok: false; retryAfterSeconds: number }

interface Bucket {
  tokens: number
  updatedAt: number
}

/** Spends one token of `key`'s bucket at `now` (epoch ms), or says how long to wait for one. */
export interface RateLimit {
  take(key: string, now: number): RateLimitDecision | Promise<RateLimitDecision>
}

/** Per-client token buckets; `take` spends one token or says how long to wait for the next. */
export class RateLimiter implements RateLimit {
  private readonly buckets = new Map<string, Bucket>()

  constructor(private readonly policy: RateLimitPolicy) {}

  /** Spends one token of `key`'s bucket at time `now` (epoch ms). */
  take(key: string, now: number): RateLimitDecision {
    const bucket = this.refilled(key, now)
    // Re-insert so the Map's insertion order doubles as least-recently-used order.
    this.buckets.delete(key)
    this.buckets.set(key, bucket)
    this.evictOverflow()
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1
      return { ok: true }
    }
    return refusedFor(bucket.tokens, this.policy.perMinute)
  }

  private refilled(key: string, now: number): Bucket {
    const bucket = this.buckets.get(key)
    if (!bucket) return { tokens: this.policy.burst, updatedAt: now }
    const elapsed = Math.max(0, now - bucket.updatedAt)
    const tokens = Math.min(
      this.policy.burst,
      bucket.tokens + (elapsed * this.policy.perMinute) / 60_000,
    )
    return { tokens, updatedAt: now }
  }

  private evictOverflow(): void {
    while (this.buckets.size > this.policy.maxClients) {
      const oldest = this.buckets.keys().next()
      if (oldest.done) return
      this.buckets.delete(oldest.value)
    }
  }
}

/** The refusal for a bucket holding `tokens` (< 1) that refills at `perMinute`. */
export function refusedFor(tokens: number, perMinute: number): RateLimitDecision {
  const waitMs = Math.round((1 - tokens) * (60_000 / perMinute))
  return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) }
}
