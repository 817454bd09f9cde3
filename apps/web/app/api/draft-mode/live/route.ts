import { cookies, draftMode } from 'next/headers'
import type { NextRequest } from 'next/server'
import { env } from '@/env'
import { liveRelay } from '@/lib/preview/live-relay'
import { isValidPreviewSession, PREVIEW_SESSION_COOKIE } from '@/lib/preview/session'

const refuse = (status: number, message: string) =>
  new Response(`${message}\n`, {
    status,
    headers: { 'cache-control': 'no-store', 'content-type': 'text/plain; charset=utf-8' },
  })

/**
 * The preview's change announcements (Server-Sent Events): `message` whenever a draft or document
 * changes in the lake, so the preview renders again while the editor types. Only for a browser in
 * draft mode with a valid preview session (proxy.ts drops draft mode without one; checked here too,
 * since this stream reveals when drafts change).
 */
export async function GET(request: NextRequest): Promise<Response> {
  const token = env().readToken
  if (token === undefined)
    return refuse(503, 'Live preview needs SANITY_API_READ_TOKEN (a Viewer token) on the server')
  const session = (await cookies()).get(PREVIEW_SESSION_COOKIE)?.value
  if (!(await draftMode()).isEnabled || !isValidPreviewSession(session, token))
    return refuse(403, 'Live preview works only in preview: open it from the Studio.')
  const stream = liveRelay(token, request.signal)
  if (stream === undefined) return refuse(429, 'Too many live previews are open; close some tabs.')
  return new Response(stream, {
    headers: {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store, no-transform',
      'x-accel-buffering': 'no',
    },
  })
}
