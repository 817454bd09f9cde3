import 'server-only'
import { commentInputSchema } from '@repo/content/comment-input'
import type { CommentEndpointDeps } from './endpoint-deps'
import type { FormTokenResponse } from '../shared/form-state'
import { issueRenderToken } from './render-token'

/**
 * `GET /api/comments/token?articleId=…`: the signed time a reader's form became usable. The
 * article page is cached whole and the same for every reader, so the enhanced form asks for its
 * `renderedAt` here once it runs in the browser; the timing rule then counts from that moment.
 * A token only proves when a form was handed out, so issuing one for any well-formed id is
 * harmless: the post still checks the article and its comments setting.
 */
export function formTokenAnswer(
  articleId: string | null,
  deps: Pick<CommentEndpointDeps, 'keys' | 'now'>,
): { status: number; body: FormTokenResponse } {
  const parsed = commentInputSchema.shape.articleId.safeParse(articleId ?? undefined)
  if (!parsed.success)
    return { status: 400, body: { ok: false, formError: parsed.error.issues[0]?.message ?? '' } }
  const renderedAt = issueRenderToken(deps.keys.renderToken, parsed.data, deps.now())
  return { status: 200, body: { ok: true, renderedAt } }
}
