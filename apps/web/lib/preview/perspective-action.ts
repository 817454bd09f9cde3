'use server'

import { perspectiveCookieName } from '@sanity/preview-url-secret/constants'
import { cookies, draftMode } from 'next/headers'
import { encodePreviewPerspective, parsePreviewPerspective } from './perspective'

/** next-sanity's marker that this preview's cookies are CHIPS-partitioned (a cross-site iframe). */
const PARTITIONED_MARKER = 'sanity-preview-partitioned'

/**
 * Presentation's perspective picker changed (over comlink): remember the new perspective for this
 * preview's server renders, as the handshake does for the first one. Only in draft mode (a valid
 * preview session): nobody else's cookie is ever read, so nobody else gets one. Resolves to
 * whether it changed, so the preview re-renders only then. An invalid value means `drafts`.
 */
export async function changePreviewPerspective(requested: unknown): Promise<boolean> {
  if (!(await draftMode()).isEnabled) return false
  const value = encodePreviewPerspective(parsePreviewPerspective(requested))
  const jar = await cookies()
  if (jar.get(perspectiveCookieName)?.value === value) return false
  jar.set({
    name: perspectiveCookieName,
    value,
    httpOnly: true,
    path: '/',
    secure: true,
    sameSite: 'none',
    partitioned: jar.has(PARTITIONED_MARKER),
  })
  return true
}
