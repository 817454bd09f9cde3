import type { CommentResponse, FormTokenResponse } from '@/features/comments/shared/form-state'
import { UNAVAILABLE_MESSAGE } from '@/features/comments/shared/messages'

/** The endpoint both the plain form and the enhanced one post to. */
export const COMMENTS_ENDPOINT = '/api/comments'
/** Where the enhanced form gets its signed `renderedAt`. */
export const FORM_TOKEN_ENDPOINT = '/api/comments/token'

const UNAVAILABLE: CommentResponse = { ok: false, fieldErrors: {}, formError: UNAVAILABLE_MESSAGE }

function hasOk(value: unknown): value is { ok: unknown } {
  return typeof value === 'object' && value !== null && 'ok' in value
}

function isCommentResponse(value: unknown): value is CommentResponse {
  return hasOk(value) && typeof value.ok === 'boolean'
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

/**
 * A signed `renderedAt` for this article's form. Any failure reads as "none": the form still
 * posts, and the endpoint answers a post without one by asking to confirm, with a fresh token.
 */
export async function fetchFormToken(articleId: string): Promise<FormTokenResponse> {
  try {
    const response = await fetch(
      `${FORM_TOKEN_ENDPOINT}?${new URLSearchParams({ articleId }).toString()}`,
      { headers: { accept: 'application/json' }, cache: 'no-store' },
    )
    const body: unknown = await response.json()
    if (
      hasOk(body) &&
      body.ok === true &&
      'renderedAt' in body &&
      typeof body.renderedAt === 'string'
    )
      return { ok: true, renderedAt: body.renderedAt }
    return { ok: false, formError: UNAVAILABLE_MESSAGE }
  } catch {
    return { ok: false, formError: UNAVAILABLE_MESSAGE }
  }
}
