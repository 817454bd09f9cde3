import 'server-only'
import type { CommentInput } from '@repo/content/comment-input'
import { commentIdFor } from './comment-store'
import type { CommentEndpointDeps } from './endpoint-deps'
import {
  COMMENTS_CLOSED_MESSAGE,
  UNAVAILABLE_MESSAGE,
  UNKNOWN_ARTICLE_MESSAGE,
} from '../shared/messages'
import { refused, type Outcome } from './outcome'

/**
 * Stores a checked comment as pending under its article: one `createIfNotExists` keyed by the
 * idempotency key. Also reports the article's stored slug, for the way back to it.
 */
export async function storeComment(
  input: CommentInput,
  deps: Pick<CommentEndpointDeps, 'store' | 'now' | 'reportError'>,
): Promise<{ outcome: Outcome; slug?: string }> {
  try {
    const article = await deps.store.findArticle(input.articleId)
    if (!article) return { outcome: refused(404, UNKNOWN_ARTICLE_MESSAGE) }
    if (!article.commentsEnabled)
      return { outcome: refused(403, COMMENTS_CLOSED_MESSAGE), slug: article.slug }
    await deps.store.createComment({
      _id: commentIdFor(input.idempotencyKey),
      _type: 'comment',
      article: { _type: 'reference', _ref: article.id },
      authorName: input.authorName,
      ...(input.authorEmail ? { authorEmail: input.authorEmail } : {}),
      body: input.body,
      status: 'pending',
      submittedAt: new Date(deps.now()).toISOString(),
    })
    return { outcome: { kind: 'accepted' }, slug: article.slug }
  } catch (error) {
    deps.reportError('comment not stored: the Content Lake failed', error)
    return { outcome: refused(503, UNAVAILABLE_MESSAGE) }
  }
}
