/**
 * What the comment endpoint needs from the Content Lake, as an interface so the handler can be
 * tested without one. `lake-store.ts` implements it with @sanity/client.
 */

/** The article a comment is about, as far as accepting a comment is concerned. */
export interface ArticleTarget {
  id: string
  slug: string
  commentsEnabled: boolean
}

/** A new reader comment, exactly as it is stored. */
export interface NewCommentDocument {
  _id: string
  _type: 'comment'
  article: { _type: 'reference'; _ref: string }
  authorName: string
  authorEmail?: string
  body: string
  status: 'pending'
  submittedAt: string
}

export interface CommentStore {
  /** The published article with this id, `null` when there is none. Throws when the lake fails. */
  findArticle(articleId: string): Promise<ArticleTarget | null>
  /**
   * Creates the comment unless a document with its `_id` exists: one atomic mutation, so a retry
   * with the same id is harmless and a failure leaves nothing behind. Throws when the lake fails.
   */
  createComment(document: NewCommentDocument): Promise<void>
}

/**
 * The `_id` of the comment created by a submission with this idempotency key. A sub-path id
 * (`comments.<key>`) keeps the comment private: Sanity shows anonymous readers only ids without a dot.
 */
export function commentIdFor(idempotencyKey: string): string {
  return `comments.${idempotencyKey.toLowerCase()}`
}
