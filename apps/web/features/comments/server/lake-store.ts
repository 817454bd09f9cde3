import 'server-only'
import type { SanityClient } from '@sanity/client'
import type { ArticleTarget, CommentStore, NewCommentDocument } from './comment-store'
import { createWriteBatcher } from './write-batcher'

// The published perspective: a draft article takes no comments.
const ARTICLE_TARGET_QUERY = /* groq */ `*[_type == "article" && _id == $id][0]{"id": _id, "slug": slug.current, commentsEnabled}`

interface ArticleRow {
  id?: unknown
  slug?: unknown
  commentsEnabled?: unknown
}

const FOUND_TTL_MS = 60_000
const MISSING_TTL_MS = 5_000
const MAX_CACHED = 1_000
/** Comments per transaction: about 1 kB each, far below the lake's request limits. */
const MAX_BATCH = 100

function toTarget(row: ArticleRow | null): ArticleTarget | null {
  if (!row || typeof row.id !== 'string' || typeof row.slug !== 'string' || row.slug === '')
    return null
  // An article without the field predates it; the Studio's initial value is "enabled".
  return { id: row.id, slug: row.slug, commentsEnabled: row.commentsEnabled !== false }
}

/**
 * A `CommentStore` on @sanity/client with a write token; article lookups are cached briefly, and
 * concurrent comments are written together (see write-batcher.ts).
 */
export function createLakeStore(client: SanityClient): CommentStore {
  const createComment = createWriteBatcher<NewCommentDocument>(async (documents) => {
    const transaction = client.transaction()
    for (const document of documents) transaction.createIfNotExists(document)
    await transaction.commit({ returnDocuments: false })
  }, MAX_BATCH)
  const cache = new Map<string, { target: ArticleTarget | null; expiresAt: number }>()
  return {
    async findArticle(articleId) {
      const cached = cache.get(articleId)
      if (cached && cached.expiresAt > Date.now()) return cached.target
      const row = await client.fetch<ArticleRow | null>(
        ARTICLE_TARGET_QUERY,
        { id: articleId },
        { perspective: 'published' },
      )
      const target = toTarget(row)
      if (cache.size >= MAX_CACHED) cache.clear()
      cache.set(articleId, {
        target,
        expiresAt: Date.now() + (target ? FOUND_TTL_MS : MISSING_TTL_MS),
      })
      return target
    },
    createComment,
  }
}
