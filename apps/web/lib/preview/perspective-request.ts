import 'server-only'
import { perspectiveCookieName } from '@sanity/preview-url-secret/constants'
import { cookies, draftMode } from 'next/headers'
import { parsePreviewPerspective, type PreviewPerspective } from './perspective'

/**
 * The perspective this request previews: the one Presentation asked for in draft mode (a valid
 * preview session, checked by proxy.ts), `undefined` for everyone else whatever their cookies say.
 * Call it outside `'use cache'` (Next forbids `cookies()` there) and pass the result in.
 */
export async function requestedPreviewPerspective(): Promise<PreviewPerspective | undefined> {
  if (!(await draftMode()).isEnabled) return undefined
  return parsePreviewPerspective((await cookies()).get(perspectiveCookieName)?.value)
}
