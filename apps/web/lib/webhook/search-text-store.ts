import 'server-only'
import { searchTextSyncQuery, type SearchTextDocument } from '@repo/content/search-text'
import type { SanityClient } from '@sanity/client'
import { createWriteBatcher } from '@/features/comments/server/write-batcher'
import { z } from 'zod'
import type { SearchTextStore } from './search-text'

const text = z.string().nullish()

// What the lake answers is checked like any CMS response before it is copied.
const stateSchema = z.object({
  article: z
    .object({ _id: z.string(), title: text, excerpt: text, bodyText: text, publishedAt: text })
    .nullish(),
  stored: z
    .object({
      _id: z.string(),
      _type: z.string(),
      article: z.object({ _ref: z.string().nullish(), _weak: z.boolean().nullish() }).nullish(),
      title: text,
      excerpt: text,
      body: text,
      publishedAt: text,
    })
    .nullish(),
})

type CopyWrite = { createOrReplace: SearchTextDocument } | { delete: { id: string } }

/** Copies per transaction: a copy is an article's text, so a batch stays far below request limits. */
const MAX_BATCH = 50

/**
 * The folded copies in the Content Lake, through a client with the write token. Reads use the
 * published perspective, never the CDN: the copy must follow the change that was just delivered.
 * Writes of deliveries arriving together (the lake sends up to 8 at once; a bulk publish sends
 * hundreds) share one transaction (group commit, as comments do); a lone write goes at once.
 */
export function createSearchTextStore(client: SanityClient): SearchTextStore {
  const write = createWriteBatcher<CopyWrite>(async (mutations) => {
    await client
      .transaction(mutations)
      .commit({ visibility: 'sync', returnDocuments: false, tag: 'search-text-sync' })
  }, MAX_BATCH)
  return {
    read: async (articleId, copyId) => {
      const raw: unknown = await client.fetch(
        searchTextSyncQuery,
        { articleId, copyId },
        { perspective: 'published', useCdn: false, tag: 'search-text-sync' },
      )
      const parsed = stateSchema.parse(raw)
      return { article: parsed.article ?? null, stored: parsed.stored ?? null }
    },
    put: (doc) => write({ createOrReplace: doc }),
    remove: (copyId) => write({ delete: { id: copyId } }),
  }
}
