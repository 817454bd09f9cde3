/**
 * The cache handlers' one variable, REDIS_URL. Read here rather than in env.ts: Next loads cache
 * handlers by path at run time, outside the app bundle, where env.ts (`server-only`) cannot load.
 */
export function redisUrl(source: Record<string, string | undefined> = process.env): string | null {
  const value = source.REDIS_URL?.trim()
  if (!value) return null
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new Error('Invalid REDIS_URL: must be a URL such as redis://127.0.0.1:6379')
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:')
    throw new Error(
      `Invalid REDIS_URL: must start with redis:// or rediss://, not ${url.protocol}//`,
    )
  return value
}

/** Next's own default is 50 MB: a few hundred article pages, evicted before a crawl comes back. */
export const DEFAULT_MEMORY_CACHE_MB = 512

/**
 * The in-process cache's size in bytes (pages and 'use cache' data) when there is no Redis:
 * CACHE_MAX_MEMORY_MB, default 512 MB, 0 for no cache. The seed's longest article page is a
 * 274 kB entry (as stored in Redis, payloads in base64): 512 MB holds about 2,000 such pages.
 */
export function memoryCacheBytes(source: Record<string, string | undefined> = process.env): number {
  const value = source.CACHE_MAX_MEMORY_MB?.trim()
  if (!value) return DEFAULT_MEMORY_CACHE_MB * 1024 * 1024
  if (!/^\d{1,6}$/.test(value))
    throw new Error(
      `Invalid CACHE_MAX_MEMORY_MB: must be a whole number of megabytes, not ${value}`,
    )
  return Number(value) * 1024 * 1024
}
