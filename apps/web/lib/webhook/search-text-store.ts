import 'server-only'
import { searchTextSyncQuery, type SearchTextDocument } from '@repo/content/search-text'
import type { SanityClient } from '@sanity/client'
import { createWriteBatcher } from '@/features/comments/server/write-batcher'
import { z } from 'zod'
import type { SearchTextStore } from './search-text'

const text = z.string().nullish()

// What the lake answers is checked like any CMS response before it is copied.
const articleSchema = z
  .object({ _id: z.string(), title: text, excerpt: text, bodyText: text, publishedAt: text })
  .nullish()
const storedSchema = z
  .object({
    _id: z.string(),
    _type: z.string(),
    _rev: z.string(),
    article: z.object({ _ref: z.string().nullish(), _weak: z.boolean().nullish() }).nullish(),
    title: text,
    excerpt: text,
    body: text,
    publishedAt: text,
  })
  .nullish()
const stateSchema = z.object({ article: z.unknown(), stored: storedSchema })

/**
 * The article as the copy is made from it. One that does not match the schema (a malformed
 * document from the CMS) has no copy, as its page answers 404: the delivery still succeeds, so
 * the pages it changed are expired, and the lake does not retry what no retry can mend.
 */
function searchableArticle(articleId: string, raw: unknown) {
  const article = articleSchema.safeParse(raw)
  if (article.success) return article.data ?? null
  const where = article.error.issues.map((issue) => issue.path.join('.') || '(root)').join(', ')
  console.warn(`search copy: article ${articleId} does not match its schema (${where}); no copy`)
  return null
}

type CopyMutation =
  | { create: SearchTextDocument }
  | {
      patch: {
        id: string
        ifRevisionID: string
        set: Partial<Omit<SearchTextDocument, '_id' | '_type'>>
      }
    }
  | { delete: { id: string } }

/** The fields a conditional patch sets: everything but the id and type. */
function fieldsOf({ _id, _type, ...fields }: SearchTextDocument) {
  return fields
}

/**
 * A write conditional on the revision read (none: on there being no copy). Sanity's `delete`
 * takes no revision, so a removal is a conditional patch and the delete in one transaction.
 */
function putMutations(doc: SearchTextDocument, basedOn: string | undefined): CopyMutation[] {
  if (basedOn === undefined) return [{ create: doc }]
  return [{ patch: { id: doc._id, ifRevisionID: basedOn, set: fieldsOf(doc) } }]
}

function removeMutations(copyId: string, basedOn: string): CopyMutation[] {
  // The patch only checks the revision: its change is deleted with the copy.
  return [
    { patch: { id: copyId, ifRevisionID: basedOn, set: { body: '' } } },
    { delete: { id: copyId } },
  ]
}

/** Copies per transaction: a copy is an article's text, so a batch stays far below request limits. */
const MAX_BATCH = 50

/**
 * The folded copies in the Content Lake, through a client with the write token. Reads use the
 * published perspective, never the CDN: the copy must follow the change that was just delivered.
 * Writes of deliveries arriving together (the lake sends up to 8 at once; a bulk publish sends
 * hundreds) share one transaction (group commit, as comments do); a lone write goes at once.
 */
export function createSearchTextStore(client: SanityClient): SearchTextStore {
  // One delivery's mutations stay together; a conflict fails the batch's deliveries, all retried.
  const write = createWriteBatcher<CopyMutation[]>(async (writes) => {
    await client
      .transaction(writes.flat())
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
      return {
        article: searchableArticle(articleId, parsed.article),
        stored: parsed.stored ?? null,
      }
    },
    put: (doc, basedOn) => write(putMutations(doc, basedOn)),
    remove: (copyId, basedOn) => write(removeMutations(copyId, basedOn)),
  }
}
