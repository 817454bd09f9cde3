import 'server-only'
import { checkSubmission } from './check-submission'
import { clientKey } from './client-address'
import type { CommentEndpointDeps } from './endpoint-deps'
import type { CommentDraft } from '../shared/form-state'
import { rateLimitedMessage } from '../shared/messages'
import { answer, answerUnreadable, refused, type Outcome, type Submission } from './outcome'
import { readCommentBody } from './request-body'
import { wantsJson } from './respond'
import { storeComment } from './store-comment'

function text(value: unknown): string {
  return typeof value === 'string' ? value : ''
}

function draftOf({
  authorName,
  authorEmail,
  body,
  idempotencyKey,
}: Record<string, unknown>): CommentDraft {
  return {
    authorName: text(authorName),
    authorEmail: text(authorEmail),
    body: text(body),
    idempotencyKey: text(idempotencyKey),
  }
}

/** Rate limit, honeypot, validation and timing, then the write; updates the submission's slug. */
async function decide(
  fields: Record<string, unknown>,
  submission: Submission,
  request: Request,
  deps: CommentEndpointDeps,
): Promise<Outcome> {
  const now = deps.now()
  const key = clientKey(request.headers, deps.config.trustedProxyHops, deps.config.proxySecret)
  const limit = await deps.rateLimiter.take(key, now)
  if (!limit.ok) {
    const { retryAfterSeconds } = limit
    return refused(429, rateLimitedMessage(retryAfterSeconds), { retryAfterSeconds })
  }
  // A filled honeypot is a bot: it is told "accepted" so it learns nothing, and nothing is stored.
  if (fields.website !== undefined && fields.website !== '') return { kind: 'accepted' }
  const checked = checkSubmission(fields, now, deps)
  if (!checked.ok) return checked.outcome
  const { outcome, slug } = await storeComment(checked.input, deps)
  if (slug) submission.slug = slug
  return outcome
}

/** Handles `POST /api/comments` for both the enhanced form (JSON) and a plain form post. */
export async function handleCommentPost(
  request: Request,
  deps: CommentEndpointDeps,
): Promise<Response> {
  const json = wantsJson(request)
  const read = await readCommentBody(request, deps.config.maxBodyBytes)
  if (!read.ok) return answerUnreadable(read.problem, json)
  const { fields } = read
  const submission: Submission = {
    json,
    articleId: text(fields.articleId),
    slug: text(fields.slug),
    draft: draftOf(fields),
  }
  const outcome = await decide(fields, submission, request, deps)
  return answer(outcome, submission, deps)
}
