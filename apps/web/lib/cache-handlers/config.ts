import { isAbsolute, join, resolve } from 'node:path'

/**
 * The cache handlers' variables (REDIS_URL, CACHE_STORE, CACHE_DIR, CACHE_MAX_MEMORY_MB). Read here rather than in env.ts: Next loads cache
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

/** Where the cache lives when REDIS_URL is not set. */
export type LocalCacheStore = 'disk' | 'memory'

/**
 * CACHE_STORE: `disk` (the default) keeps pages and 'use cache' data in files, so the storefront's
 * memory does not grow with the catalogue; `memory` keeps them in Next's in-process cache, capped
 * at CACHE_MAX_MEMORY_MB, which evicts pages once the catalogue outgrows it.
 */
export function localCacheStore(
  source: Record<string, string | undefined> = process.env,
): LocalCacheStore {
  const value = source.CACHE_STORE?.trim() || 'disk'
  if (value !== 'disk' && value !== 'memory')
    throw new Error(`Invalid CACHE_STORE: must be disk or memory, not ${value}`)
  return value
}

/**
 * The folder of the disk cache: CACHE_DIR (relative to the working directory), by default
 * `.next/cache/storefront` of this build. Each storefront process uses a folder of its own in it.
 */
export function diskCacheDir(
  source: Record<string, string | undefined> = process.env,
  // This file runs compiled in apps/web/dist/cache-handlers; the build is apps/web/.next.
  buildDir = join(__dirname, '../../.next'),
): string {
  const value = source.CACHE_DIR?.trim()
  if (!value) return join(buildDir, 'cache/storefront')
  return isAbsolute(value) ? value : resolve(value)
}

/**
 * Enough for a catalogue of about 25,000 articles: an article page and its data take about 330 kB
 * as stored (300 copies of the seed's main article took 97 MB).
 */
export const DEFAULT_DISK_CACHE_MB = 8192

/** The disk cache's cap in bytes, CACHE_MAX_DISK_MB (default 8192): past it the oldest entries go. */
export function diskCacheBytes(source: Record<string, string | undefined> = process.env): number {
  const value = source.CACHE_MAX_DISK_MB?.trim()
  if (!value) return DEFAULT_DISK_CACHE_MB * 1024 * 1024
  if (!/^[1-9]\d{0,6}$/.test(value))
    throw new Error(`Invalid CACHE_MAX_DISK_MB: must be a whole number of megabytes, not ${value}`)
  return Number(value) * 1024 * 1024
}
