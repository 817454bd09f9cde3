import type {
  CacheHandler,
  CacheHandlerContext,
  CacheHandlerValue,
} from 'next/dist/server/lib/incremental-cache'
import { connected, orFallback, type Store } from './connection'
import { decodePage, encodePage } from './page-codec'
import { createTagExpirer } from './tag-expirer'
import { isExpired, isStale, readTagStates } from './tag-store'

type GetContext = Parameters<CacheHandler['get']>[1]
type SetContext = Parameters<CacheHandler['set']>[2]
type Value = Parameters<CacheHandler['set']>[1]

/** Pages without a lifetime of their own are dropped after this long (seconds). */
const MAX_TTL = 30 * 24 * 60 * 60
const TAGS_HEADER = 'x-next-cache-tags'
/** A lifetime (seconds) every entry older than a second has outlived, for pages to serve stale. */
const STALE_REVALIDATE = 1

interface Stored {
  lastModified: number
  value: Value
  tags: string[]
  cacheControl?: CacheHandlerValue['cacheControl']
}

/** True for what `set` stored; anything else under the key (damaged, foreign) is a miss. */
function isStored(value: unknown): value is Stored {
  if (typeof value !== 'object' || value === null || !('value' in value)) return false
  const { lastModified, tags } = value as Record<string, unknown>
  return (
    typeof lastModified === 'number' &&
    Array.isArray(tags) &&
    tags.every((tag) => typeof tag === 'string')
  )
}

/** The tags a page (from its header) or a fetch (from its context) was cached with. */
function tagsOf(value: Value, ctx: SetContext): string[] {
  if (value && 'headers' in value && value.headers) {
    const header = value.headers[TAGS_HEADER]
    if (typeof header === 'string') return header.split(',').filter(Boolean)
  }
  return 'tags' in ctx && Array.isArray(ctx.tags) ? ctx.tags : []
}

/**
 * The entry with a lifetime that has run out, so that Next serves it once more (STALE) and
 * renders it again in the background: what a stale tag ('max') means. Next checks page tags
 * only against this process's memory, so the shared stale mark must show as a spent lifetime.
 * The entry's `expire` is kept, so an expired page is still re-rendered before it is served.
 */
function servedStale(entry: Omit<Stored, 'tags'>): CacheHandlerValue {
  const expire = entry.cacheControl?.expire
  return { ...entry, cacheControl: { revalidate: STALE_REVALIDATE, expire } }
}

/**
 * Next's page (ISR) cache on Redis. Next checks page tags only against this process's memory,
 * so `get` checks them against the shared invalidations itself: a page whose tag another
 * instance expired is a miss here too, and one whose tag went stale is served once more while it
 * is rendered again in the background. Redis failures are misses and skipped writes.
 */
export function createPageCacheHandler(
  store: () => Store,
  prefix: { entries: string; tags: string },
) {
  const expireTags = createTagExpirer(store, prefix.tags)
  return class RedisPageCache implements CacheHandler {
    // Next constructs one per request; all state is in Redis.
    constructor(_ctx: CacheHandlerContext) {}

    async get(cacheKey: string, ctx: GetContext): Promise<CacheHandlerValue | null> {
      return orFallback('page read', null, async () => {
        const client = await connected(store())
        const text = await client.getBuffer(prefix.entries + cacheKey)
        if (!text) return null
        const stored = decodePage(text.toString())
        if (!isStored(stored)) return null
        const softTags = 'softTags' in ctx && Array.isArray(ctx.softTags) ? ctx.softTags : []
        const states = await readTagStates(client, prefix.tags, [...stored.tags, ...softTags])
        if (isExpired(states, stored.lastModified)) return null
        const { tags: _tags, ...entry } = stored
        return isStale(states, stored.lastModified) ? servedStale(entry) : entry
      })
    }

    async set(cacheKey: string, value: Value, ctx: SetContext): Promise<void> {
      const cacheControl = 'cacheControl' in ctx && !ctx.fetchCache ? ctx.cacheControl : undefined
      const stored: Stored = {
        lastModified: Date.now(),
        value,
        tags: tagsOf(value, ctx),
        cacheControl,
      }
      const expire = cacheControl?.expire
      const ttl = typeof expire === 'number' && expire > 0 ? Math.min(expire, MAX_TTL) : MAX_TTL
      await orFallback('page write', undefined, async () => {
        const client = await connected(store())
        await client.set(prefix.entries + cacheKey, encodePage(stored), 'EX', Math.ceil(ttl))
      })
    }

    async revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void> {
      await connected(store())
      await expireTags(typeof tags === 'string' ? [tags] : tags, durations)
    }

    resetRequestCache(): void {}
  }
}
