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
 * Next's page (ISR) cache on Redis. Next checks page tags only against this process's memory,
 * so `get` checks them against the shared invalidations itself: a page whose tag another
 * instance expired is a miss here too. A stale tag is treated as expired (a blocking re-render):
 * slower, never an old page. Redis failures are misses and skipped writes.
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
        if (isExpired(states, stored.lastModified) || isStale(states, stored.lastModified))
          return null
        const { tags: _tags, ...entry } = stored
        return entry
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
