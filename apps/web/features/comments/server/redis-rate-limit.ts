import 'server-only'
import type { Redis } from 'ioredis'
import { connected, orFallback } from '@/lib/cache-handlers/connection'
import {
  refusedFor,
  type RateLimit,
  type RateLimitDecision,
  type RateLimitPolicy,
} from './rate-limit'

/**
 * The token bucket of rate-limit.ts as one Lua script, so reading, refilling and spending a
 * client's bucket is atomic in Redis whichever instance the request reached. The bucket expires
 * once it would be full again (a client gone quiet costs no memory). Returns the tokens left
 * after the take, or the tokens held when there was none to take, as a string (Lua truncates
 * numbers to integers) and 1 or 0 for taken.
 */
const TAKE = `
local burst = tonumber(ARGV[1])
local per_ms = tonumber(ARGV[2]) / 60000
local now = tonumber(ARGV[3])
local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(state[1]) or burst
local at = tonumber(state[2]) or now
tokens = math.min(burst, tokens + math.max(0, now - at) * per_ms)
local taken = 0
if tokens >= 1 then
  tokens = tokens - 1
  taken = 1
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
redis.call('PEXPIRE', KEYS[1], math.ceil((burst - tokens) / per_ms) + 1000)
return {taken, tostring(tokens)}
`

/**
 * Rate limits shared by every instance (REDIS_URL). While Redis is unreachable each instance
 * falls back to its own in-memory limiter: limits then hold per instance, and no reader gets an
 * error because of the cache.
 */
export class RedisRateLimiter implements RateLimit {
  constructor(
    private readonly redis: Pick<Redis, 'eval' | 'status' | 'once' | 'off'>,
    private readonly policy: Omit<RateLimitPolicy, 'maxClients'>,
    private readonly fallback: RateLimit,
    private readonly prefix = 'storefront:comments:rate:',
  ) {}

  async take(key: string, now: number): Promise<RateLimitDecision> {
    const { burst, perMinute } = this.policy
    const reply = await orFallback('shared rate limit', null, async () =>
      (await connected(this.redis)).eval(TAKE, 1, this.prefix + key, burst, perMinute, now),
    )
    if (reply === null) return this.fallback.take(key, now)
    if (!Array.isArray(reply) || reply.length !== 2) throw new Error('unexpected rate limit reply')
    const [taken, tokens] = reply as [unknown, unknown]
    if (taken === 1) return { ok: true }
    return refusedFor(Number(tokens), this.policy.perMinute)
  }
}
