import 'server-only'
import { cookies, draftMode } from 'next/headers'
import { parsePreviewOffset, PREVIEW_TIME_COOKIE } from './preview-time'

/** The preview clock: how far it runs ahead of (or behind) the real one, and its reading now. */
export interface PreviewClock {
  offsetMs: number
  now: number
}

/**
 * The clock marketing chose for this preview, or `undefined` (the real clock). Read only in
 * draft mode, which proxy.ts grants only with a valid preview session: a shopper's request never
 * reads the cookie (nor any cookie, so shoppers' pages stay cached).
 */
export async function previewClock(): Promise<PreviewClock | undefined> {
  if (!(await draftMode()).isEnabled) return undefined
  const offsetMs = parsePreviewOffset((await cookies()).get(PREVIEW_TIME_COOKIE)?.value)
  return offsetMs === undefined ? undefined : { offsetMs, now: Date.now() + offsetMs }
}
