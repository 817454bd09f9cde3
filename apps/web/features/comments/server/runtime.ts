import 'server-only'
import { API_VERSION } from '@repo/content/api-version'
import { createClient } from '@sanity/client'
import { redisUrl } from '@/lib/cache-handlers/config'
import { sharedRedis } from '@/lib/cache-handlers/connection'
import { env } from '../../../env'
import type { CommentEndpointDeps } from './endpoint-deps'
import { deriveKey } from './keys'
import { createLakeStore } from './lake-store'
import { RateLimiter, type RateLimit } from './rate-limit'
import { RedisRateLimiter } from './redis-rate-limit'

const MAX_BODY_BYTES = 16 * 1024
const MAX_RATE_LIMITED_CLIENTS = 50_000

function reportError(context: string, error: unknown): void {
  // The message and status only: an error object from the client may carry request headers.
  const status =
    typeof error === 'object' && error !== null && 'statusCode' in error
      ? ` (HTTP ${String(error.statusCode)})`
      : ''
  console.error(
    `[comments] ${context}${status}: ${error instanceof Error ? error.message : String(error)}`,
  )
}

/** Shared by every instance when REDIS_URL is set (see lib/cache-handlers), else per process. */
function rateLimiterFor(policy: { burst: number; perMinute: number }): RateLimit {
  const local = new RateLimiter({ ...policy, maxClients: MAX_RATE_LIMITED_CLIENTS })
  return redisUrl() === null ? local : new RedisRateLimiter(sharedRedis(), policy, local)
}

function createRuntime(): CommentEndpointDeps | null {
  const base = env()
  const config = base.comments
  const secret = config.signingSecret ?? base.writeToken
  if (!base.writeToken || !secret) return null
  const client = createClient({
    projectId: base.projectId,
    dataset: base.dataset,
    apiVersion: API_VERSION,
    useCdn: false,
    token: base.writeToken,
    timeout: 15_000,
    ...(base.apiHost ? { apiHost: base.apiHost, useProjectHostname: false } : {}),
  })
  return {
    config: {
      maxBodyBytes: MAX_BODY_BYTES,
      renderToken: { minAgeMs: config.minSubmitMs, maxAgeMs: config.maxFormAgeMs },
      trustedProxyHops: config.trustedProxyHops,
      proxySecret: base.proxy.secret,
    },
    store: createLakeStore(client),
    rateLimiter: rateLimiterFor(config.rateLimit),
    keys: { renderToken: deriveKey(secret, 'render-token') },
    now: Date.now,
    reportError,
  }
}

let runtime: CommentEndpointDeps | null | undefined

/** The comment endpoint's dependencies for this process, or `null` when no write token is configured. */
export function commentsRuntime(): CommentEndpointDeps | null {
  if (runtime === undefined) runtime = createRuntime()
  return runtime
}
