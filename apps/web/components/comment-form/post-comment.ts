import type { CommentResponse } from '@/lib/comments/form-state'
import { UNAVAILABLE_MESSAGE } from '@/lib/comments/messages'

/** The endpoint both the plain form and the enhanced one post to. */
export const COMMENTS_ENDPOINT = '/api/comments'

const UNAVAILABLE: CommentResponse = { ok: false, fieldErrors: {}, formError: UNAVAILABLE_MESSAGE }

function isCommentResponse(value: unknown): value is CommentResponse {
  return (
    typeof value === 'object' && value !== null && 'ok' in value && typeof value.ok === 'boolean'
  )
}

/**
 * Posts the form's fields as a form body asking for JSON. A network failure or an answer that is
 * not the endpoint's JSON (a proxy's error page) reads as "could not post": the reader retries,
 * with the same idempotency key, so a comment whose answer was lost is not stored twice.
 */
export async function postComment(fields: URLSearchParams): Promise<CommentResponse> {
  try {
    const response = await fetch(COMMENTS_ENDPOINT, {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded' },
      body: fields,
    })
    const body: unknown = await response.json()
    return isCommentResponse(body) ? body : UNAVAILABLE
  } catch {
    return UNAVAILABLE
  }
}
