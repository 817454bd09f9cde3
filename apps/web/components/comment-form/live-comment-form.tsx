import 'server-only'
import { randomUUID } from 'node:crypto'
import { connection } from 'next/server'
import { UNAVAILABLE_MESSAGE } from '@/lib/comments/messages'
import { issueRenderToken } from '@/lib/comments/render-token'
import { commentsRuntime } from '@/lib/comments/runtime'
import { CommentFormClient } from './comment-form.client'

/** The comment form signed for this request: the time it renders and a fresh idempotency key. */
export async function LiveCommentForm({ articleId, slug }: { articleId: string; slug: string }) {
  // Per request, never cached: the signed time is the point.
  await connection()
  const runtime = commentsRuntime()
  if (!runtime) return <p>{UNAVAILABLE_MESSAGE}</p>
  const renderedAt = issueRenderToken(runtime.keys.renderToken, articleId, runtime.now())
  return (
    <CommentFormClient
      articleId={articleId}
      slug={slug}
      renderedAt={renderedAt}
      idempotencyKey={randomUUID()}
    />
  )
}
