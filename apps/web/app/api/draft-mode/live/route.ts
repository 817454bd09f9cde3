import type { NextRequest } from 'next/server'
import { liveRelay } from '@/lib/preview/live-relay'
import { previewReadToken, refuse } from '@/lib/preview/preview-access'

/**
 * The preview's change announcements (Server-Sent Events): `message` whenever a draft or document
 * changes in the lake, so the preview renders again while the editor types. Only for a browser in
 * draft mode with a valid preview session, since this stream reveals when drafts change.
 */
export async function GET(request: NextRequest): Promise<Response> {
  const access = await previewReadToken()
  if ('refusal' in access) return access.refusal
  const stream = liveRelay(access.token, request.signal)
  if (stream === undefined) return refuse(429, 'Too many live previews are open; close some tabs.')
  return new Response(stream, {
    headers: {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store, no-transform',
      'x-accel-buffering': 'no',
    },
  })
}
