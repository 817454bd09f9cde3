import 'server-only'
import { searchTextSyncQuery } from '@repo/content/search-text'
import type { SanityClient } from '@sanity/client'
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

/**
 * The folded copies in the Content Lake, through a client with the write token. Reads use the
 * published perspective, never the CDN: the copy must follow the change that was just delivered.
 */
export function createSearchTextStore(client: SanityClient): SearchTextStore {
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
    put: async (doc) => {
      await client.createOrReplace(doc, { visibility: 'sync', returnDocuments: false })
    },
    remove: async (copyId) => {
      await client.delete(copyId, { visibility: 'sync', returnDocuments: false })
    },
  }
}
