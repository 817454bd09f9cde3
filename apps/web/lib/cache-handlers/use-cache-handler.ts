import type { CacheEntry, CacheHandler } from 'next/dist/server/lib/cache-handlers/types'
import { connected, orFallback, type Store } from './connection'
import { decodeEntry, encodeEntry, readAll, streamOf } from './entry-codec'
import { createTagExpirer } from './tag-expirer'
import { isExpired, isStale, latestExpiry, readTagStates } from './tag-store'

/** Entries without an expiry of their own are dropped after this long (seconds). */
const MAX_TTL = 30 * 24 * 60 * 60

/**
 * Next's 'use cache' handler on Redis: every instance reads and writes the same entries and the
 * same tag invalidations, so a tag expired by the webhook on one instance is expired on all.
 * Every Redis failure is a miss (the data is read fresh), never an error.
 */
export function createUseCacheHandler(
  store: () => Store,
  prefix: { entries: string; tags: string },
): CacheHandler {
  // Within one process a read waits for a write of the same key still in progress (the contract).
  const pending = new Map<string, Promise<void>>()
  const expireTags = createTagExpirer(store, prefix.tags)

  return {
    async get(cacheKey) {
      await pending.get(cacheKey)
      return orFallback('use-cache read', undefined, async (): Promise<CacheEntry | undefined> => {
        const client = await connected(store())
        const stored = await client.getBuffer(prefix.entries + cacheKey)
        const entry = stored && decodeEntry(stored)
        if (!entry) return undefined
        const { meta, value } = entry
        if (Date.now() > meta.timestamp + meta.expire * 1000) return undefined
        const states = await readTagStates(client, prefix.tags, meta.tags)
        if (isExpired(states, meta.timestamp)) return undefined
        // A stale tag serves the entry once more and refreshes it in the background (as Next's own).
        const revalidate = isStale(states, meta.timestamp) ? -1 : meta.revalidate
        return { ...meta, revalidate, value: streamOf(value) }
      })
    },

    async set(cacheKey, pendingEntry) {
      let done = () => {}
      pending.set(cacheKey, new Promise<void>((resolve) => (done = resolve)))
      try {
        const { value, ...meta } = await pendingEntry
        const bytes = await readAll(value)
        // An `expire: 0` entry is rendered on every read: storing it would only cost a write.
        if (meta.expire <= 0) return
        const ttl = Math.max(1, Math.min(Math.ceil(meta.expire), MAX_TTL))
        await orFallback('use-cache write', undefined, async () => {
          const client = await connected(store())
          await client.set(prefix.entries + cacheKey, encodeEntry(meta, bytes), 'EX', ttl)
        })
      } catch (error) {
        // A value stream that errored leaves nothing stored; the next read renders afresh.
        console.warn(
          `[cache] entry not stored: ${error instanceof Error ? error.message : String(error)}`,
        )
      } finally {
        pending.delete(cacheKey)
        done()
      }
    },

    // Tag states are read from Redis with each entry, so there is no local manifest to refresh.
    async refreshTags() {},

    async getExpiration(tags) {
      return orFallback('tag read', 0, async () =>
        latestExpiry(await readTagStates(await connected(store()), prefix.tags, tags)),
      )
    },

    async updateTags(tags, durations) {
      await connected(store())
      await expireTags(tags, durations)
    },
  }
}
