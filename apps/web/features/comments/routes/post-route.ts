import { handleCommentPost } from '@/features/comments/server/handle-comment-post'
import { UNAVAILABLE_MESSAGE } from '@/features/comments/shared/messages'
import { jsonAnswer, plainPage, wantsJson } from '@/features/comments/server/respond'
import { commentsRuntime } from '@/features/comments/server/runtime'

/**
 * `POST /api/comments`: a reader's comment, from the plain form (a 303 back to the article, or the
 * form again) or the enhanced form (JSON). See features/comments/README.md.
 */
export async function POST(request: Request): Promise<Response> {
  const runtime = commentsRuntime()
  if (!runtime) {
    console.error('[comments] no SANITY_API_WRITE_TOKEN: comments cannot be stored')
    return wantsJson(request)
      ? jsonAnswer(503, { ok: false, fieldErrors: {}, formError: UNAVAILABLE_MESSAGE })
      : plainPage(503, UNAVAILABLE_MESSAGE)
  }
  return handleCommentPost(request, runtime)
}
