import type { NextRequest } from 'next/server'
import { parseLiveDocumentIds } from '@/lib/preview/live-fields'
import { readLiveFields } from '@/lib/preview/live-fields-read'
import { requestedPreviewPerspective } from '@/lib/preview/perspective-request'
import { DEFAULT_PREVIEW_PERSPECTIVE } from '@/lib/preview/perspective'
import { previewReadToken, refuse } from '@/lib/preview/preview-access'

/**
 * The current plain-text fields (title, excerpt, deal text) of the documents a preview shows, in
 * its perspective, so it can show what the editor typed before the server render of the page has
 * arrived (components/preview/live-text.client.tsx). Only for a browser in draft mode with a
 * valid preview session; never stored by any cache.
 */
export async function GET(request: NextRequest): Promise<Response> {
  const access = await previewReadToken()
  if ('refusal' in access) return access.refusal
  const ids = parseLiveDocumentIds(request.nextUrl.searchParams.get('ids'))
  if ('error' in ids) return refuse(400, ids.error)
  const perspective = (await requestedPreviewPerspective()) ?? DEFAULT_PREVIEW_PERSPECTIVE
  try {
    const documents = await readLiveFields(access.token, ids, perspective)
    return Response.json(
      { documents },
      { headers: { 'cache-control': 'private, no-store', vary: 'cookie' } },
    )
  } catch (error) {
    console.error('The live preview could not read fields', error)
    return refuse(502, 'The Content Lake did not answer; the page render still follows.')
  }
}
