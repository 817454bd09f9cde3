import 'server-only'
import { parseCommentInput, type CommentInput } from '@repo/content/comment-input'
import type { CommentEndpointDeps } from './endpoint-deps'
import {
  CONFIRM_MESSAGE,
  EXPIRED_MESSAGE,
  FORGED_MESSAGE,
  TOO_FAST_MESSAGE,
} from '../shared/messages'
import { refused, type Outcome } from './outcome'
import { checkRenderToken, type RenderTokenProblem } from './render-token'

const TOKEN_MESSAGES: Record<RenderTokenProblem, string> = {
  forged: FORGED_MESSAGE,
  'too-fast': TOO_FAST_MESSAGE,
  expired: EXPIRED_MESSAGE,
}

/** Shape-valid stand-ins, so the rest of a static form's post is validated; never stored. */
const STATIC_FORM_PLACEHOLDERS = {
  renderedAt: '0000000000',
  idempotencyKey: '00000000-0000-4000-8000-000000000000',
}

/**
 * The submitted fields as a valid comment input with a good `renderedAt`, or the refusal. The
 * cached page's static form (no JavaScript) sends no signed time and no key: its post is a
 * preview, validated and shown again with both, to be posted from there.
 */
export function checkSubmission(
  fields: Record<string, unknown>,
  now: number,
  deps: Pick<CommentEndpointDeps, 'keys' | 'config'>,
): { ok: true; input: CommentInput } | { ok: false; outcome: Outcome } {
  const fromStaticForm = fields.renderedAt === undefined || fields.renderedAt === ''
  const validation = parseCommentInput(
    fromStaticForm ? { ...fields, ...STATIC_FORM_PLACEHOLDERS } : fields,
  )
  if (!validation.ok) {
    const { fieldErrors, formError } = validation.errors
    const outcome: Outcome = {
      kind: 'refused',
      status: 400,
      fieldErrors,
      formError: formError ?? null,
      freshToken: fromStaticForm,
    }
    return { ok: false, outcome }
  }
  if (fromStaticForm)
    return { ok: false, outcome: refused(400, CONFIRM_MESSAGE, { freshToken: true }) }
  const input = validation.data
  const token = checkRenderToken(
    deps.keys.renderToken,
    input.renderedAt,
    input.articleId,
    now,
    deps.config.renderToken,
  )
  if (token.ok) return { ok: true, input }
  const status = token.problem === 'forged' ? 403 : 400
  return {
    ok: false,
    outcome: refused(status, TOKEN_MESSAGES[token.problem], { freshToken: true }),
  }
}
