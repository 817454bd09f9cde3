import 'server-only'
import { Suspense } from 'react'
import { LiveCommentForm } from './live-comment-form'
import { StaticCommentForm } from './static-comment-form'

/**
 * "Leave a comment" for one article, for a cached (`cacheComponents`) page: the static form is
 * part of the cached page and is all a reader without JavaScript ever sees (it previews, then
 * posts from the page the endpoint answers with); the live form, signed for this request,
 * streams in and replaces it wherever JavaScript runs.
 */
export function CommentForm({ articleId, slug }: { articleId: string; slug: string }) {
  return (
    <Suspense fallback={<StaticCommentForm articleId={articleId} slug={slug} />}>
      <LiveCommentForm articleId={articleId} slug={slug} />
    </Suspense>
  )
}
