import { Redis } from 'ioredis'
import { redisUrl } from './config'

/**
 * The store the handlers use: Redis (REDIS_URL), or files on this machine (disk-store.ts). The
 * few Redis commands the handlers need, which an ioredis client has as they are.
 */
export interface Store {
  readonly status: string
  getBuffer(key: string): Promise<Buffer | null>
  set(key: string, value: string | Buffer, mode: 'EX', seconds: number): Promise<unknown>
  hmget(key: string, ...fields: string[]): Promise<(string | null)[]>
  hset(key: string, values: Record<string, string>): Promise<unknown>
  on(event: string, listener: () => void): unknown
  once(event: string, listener: () => void): unknown
  off(event: string, listener: () => void): unknown
}

let shared: Redis | null = null

/** One Redis connection per process, shared by every handler (REDIS_URL). */
export function sharedRedis(): Redis {
  if (shared) return shared
  const url = redisUrl()
  if (url === null) throw new Error('REDIS_URL is not set: the Redis cache handlers need it')
  shared = connectRedis(url)
  return shared
}

/**
 * A client for the cache. While Redis is down commands fail at once (no offline queue) rather
 * than wait, so a page renders uncached instead of hanging, and the client keeps reconnecting in
 * the background (backoff up to 2 s). An outage is logged once, and so is the recovery.
 */
export function connectRedis(url: string): Redis {
  const client = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    commandTimeout: 1000,
    connectTimeout: 2000,
    retryStrategy: (attempt) => Math.min(100 * 2 ** attempt, 2000),
  })
  let down = false
  client.on('error', (error: Error) => {
    if (down) return
    down = true
    console.error(`[cache] Redis unavailable (${error.message}): serving uncached until it is back`)
  })
  client.on('ready', () => {
    if (down) console.log('[cache] Redis is back: shared cache in use again')
    down = false
  })
  return client
}

const everReady = new WeakSet<object>()

/**
 * The store once its first connection is up (waiting at most `timeoutMs`), so the first requests
 * of a new instance use the shared cache. After that it answers at once: while Redis is away
 * commands fail fast and the handlers fall back, rather than every request waiting.
 */
export async function connected<S extends Pick<Store, 'status' | 'once' | 'off'>>(
  store: S,
  timeoutMs = 1000,
): Promise<S> {
  if (store.status === 'ready') everReady.add(store)
  if (everReady.has(store) || (store.status !== 'connecting' && store.status !== 'connect'))
    return store
  await new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer)
      store.off('ready', done)
      resolve()
    }
    const timer = setTimeout(done, timeoutMs)
    store.once('ready', done)
  })
  return store
}

let lastWarning = 0

/**
 * Runs a cache operation; if Redis fails it answers `fallback` (a miss, a skipped write), so a
 * fault costs speed and never a page. Failures are logged at most every 10 s, not per request.
 */
export async function orFallback<T>(what: string, fallback: T, op: () => Promise<T>): Promise<T> {
  try {
    return await op()
  } catch (error) {
    const now = Date.now()
    if (now - lastWarning > 10_000) {
      lastWarning = now
      console.warn(
        `[cache] ${what} skipped: ${error instanceof Error ? error.message : String(error)}`,
      )
    }
    return fallback
  }
}
