import type { NextResponse } from 'next/server'
import { PREVIEW_TIME_COOKIE } from './preview-time'

/** What `response.cookies.set` takes as one object (Next does not export the type by name). */
type ResponseCookie = Exclude<Parameters<NextResponse['cookies']['set']>[0], string>

/**
 * The preview-time cookie, set or (with `maxAge` 0) cleared. The preview runs framed by the
 * Studio, another site, so like the preview session it is `SameSite=None; Secure` and partitioned
 * there; a deletion must carry the same attributes, or it misses a partitioned cookie.
 */
export function previewTimeCookie(
  request: Request,
  value: string,
  maxAge?: number,
): ResponseCookie {
  return {
    name: PREVIEW_TIME_COOKIE,
    value,
    httpOnly: true,
    path: '/',
    secure: true,
    sameSite: 'none',
    partitioned: request.headers.get('sec-fetch-dest') === 'iframe',
    ...(maxAge === undefined ? {} : { maxAge }),
  }
}
