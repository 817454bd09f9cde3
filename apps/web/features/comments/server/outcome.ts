import 'server-only'
import { randomUUID } from 'node:crypto'
import { COMMENT_LIMITS } from '@repo/content/comment-limits'
import { RECEIVED_ANCHOR } from '../shared/anchors'
import type { CommentDraft, FieldErrors } from '../shared/form-state'
import {
  ACCEPTED_MESSAGE,
  MALFORMED_MESSAGE,
  TOO_LARGE_MESSAGE,
  UNSUPPORTED_TYPE_MESSAGE,
} from '../shared/messages'
import { noJsPageHtml } from './no-js-page'
import { issueRenderToken } from './render-token'
import type { BodyRead } from './request-body'
import { articlePath, htmlAnswer, jsonAnswer, plainPage, redirect } from './respond'

/** What the endpoint decided about a readable submission. */
export type Outcome =
  | { kind: 'accepted' }
  | {
      kind: 'refused'
      status: number
      fieldErrors: FieldErrors
      formError: string | null
      /** The `renderedAt` token was refused: hand out a fresh one so the reader can simply resend. */
      freshToken?: boolean
      retryAfterSeconds?: number
    }

/** A refusal with a form-level message. */
export function refused(
  status: number,
  formError: string,
  extra: Partial<Extract<Outcome, { kind: 'refused' }>> = {},
): Outcome {
  return { kind: 'refused', status, fieldErrors: {}, formError, ...extra }
}

/** The parts of a submission needed to answer it, whatever the outcome. */
export interface Submission {
  json: boolean
  articleId: string
  /** The article's slug: the stored one once looked up, until then the form's hidden field. */
  slug: string
  draft: CommentDraft
}

interface AnswerDeps {
  keys: { renderToken: Buffer }
  now: () => number
}

const MAX_SLUG_LENGTH = 200
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i

function retryAfter(outcome: Outcome): Record<string, string> {
  return outcome.kind === 'refused' && outcome.retryAfterSeconds
    ? { 'retry-after': String(outcome.retryAfterSeconds) }
    : {}
}

function answerJson(outcome: Outcome, submission: Submission, deps: AnswerDeps): Response {
  if (outcome.kind === 'accepted') return jsonAnswer(202, { ok: true, message: ACCEPTED_MESSAGE })
  const { status, fieldErrors, formError, freshToken } = outcome
  const renderedAt = freshToken
    ? { renderedAt: issueRenderToken(deps.keys.renderToken, submission.articleId, deps.now()) }
    : {}
  return jsonAnswer(
    status,
    { ok: false, fieldErrors, formError, ...renderedAt },
    retryAfter(outcome),
  )
}

function answerForm(outcome: Outcome, submission: Submission, deps: AnswerDeps): Response {
  const { articleId, draft } = submission
  const slug = submission.slug.length <= MAX_SLUG_LENGTH ? submission.slug : ''
  if (outcome.kind === 'accepted') {
    return slug
      ? redirect(`${articlePath(slug)}#${RECEIVED_ANCHOR}`)
      : plainPage(200, ACCEPTED_MESSAGE)
  }
  // The same key again after a failure: if that post was stored after all, resending it is harmless.
  const idempotencyKey = UUID.test(draft.idempotencyKey) ? draft.idempotencyKey : randomUUID()
  const html = noJsPageHtml({
    articleId,
    slug,
    draft: { ...draft, idempotencyKey },
    fieldErrors: outcome.fieldErrors,
    formError: outcome.formError,
    renderedAt: issueRenderToken(deps.keys.renderToken, articleId, deps.now()),
    limits: COMMENT_LIMITS,
  })
  return htmlAnswer(outcome.status, html, retryAfter(outcome))
}

/** Turns an outcome into the answer the client asked for. */
export function answer(outcome: Outcome, submission: Submission, deps: AnswerDeps): Response {
  return submission.json
    ? answerJson(outcome, submission, deps)
    : answerForm(outcome, submission, deps)
}

const UNREADABLE: Record<
  Exclude<BodyRead, { ok: true }>['problem'],
  { status: number; message: string }
> = {
  'unsupported-type': { status: 415, message: UNSUPPORTED_TYPE_MESSAGE },
  'too-large': { status: 413, message: TOO_LARGE_MESSAGE },
  malformed: { status: 400, message: MALFORMED_MESSAGE },
}

/** The answer to a body that could not be read at all. */
export function answerUnreadable(
  problem: Exclude<BodyRead, { ok: true }>['problem'],
  json: boolean,
): Response {
  const { status, message } = UNREADABLE[problem]
  return json
    ? jsonAnswer(status, { ok: false, fieldErrors: {}, formError: message })
    : plainPage(status, message)
}
