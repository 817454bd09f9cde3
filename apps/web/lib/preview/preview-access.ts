import 'server-only'
import { cookies, draftMode } from 'next/headers'
import { env } from '@/env'
import { isValidPreviewSession, PREVIEW_SESSION_COOKIE } from './session'

/** A plain-text refusal no cache keeps. */
export const refuse = (status: number, message: string): Response =>
  new Response(`${message}\n`, {
    status,
    headers: { 'cache-control': 'no-store', 'content-type': 'text/plain; charset=utf-8' },
  })

/**
 * The server's read token when this request comes from a preview: draft mode with a valid preview
 * session (proxy.ts already drops draft mode without one; checked again here, as these routes
 * reveal drafts). Otherwise the response that refuses it: 503 without a read token, 403 outside
 * a preview, whatever cookies were forged or copied.
 */
export async function previewReadToken(): Promise<{ token: string } | { refusal: Response }> {
  const token = env().readToken
  if (token === undefined)
    return {
      refusal: refuse(
        503,
        'Live preview needs SANITY_API_READ_TOKEN (a Viewer token) on the server',
      ),
    }
  const session = (await cookies()).get(PREVIEW_SESSION_COOKIE)?.value
  if (!(await draftMode()).isEnabled || !isValidPreviewSession(session, token))
    return { refusal: refuse(403, 'Live preview works only in preview: open it from the Studio.') }
  return { token }
}
