import { connection, type NextRequest } from 'next/server'
import { formTokenAnswer } from '@/features/comments/server/form-token'
import { UNAVAILABLE_MESSAGE } from '@/features/comments/shared/messages'
import { jsonAnswer } from '@/features/comments/server/respond'
import { commentsRuntime } from '@/features/comments/server/runtime'

/** `GET /api/comments/token?articleId=…`: a freshly signed `renderedAt` for the enhanced form. */
export async function GET(request: NextRequest): Promise<Response> {
  // Per request, never prerendered or cached: the signed time is the point.
  await connection()
  const runtime = commentsRuntime()
  if (!runtime) return jsonAnswer(503, { ok: false, formError: UNAVAILABLE_MESSAGE })
  const { status, body } = formTokenAnswer(request.nextUrl.searchParams.get('articleId'), runtime)
  return jsonAnswer(status, body)
}
