import 'server-only'
import type { NextRequest, NextResponse } from 'next/server'
import { PREVIEW_TIME_COOKIE } from './preview-time'
import { previewTimeCookie } from './preview-time-cookie'

/**
 * A preview time counts only beside draft mode with a valid session. Requests arriving here
 * without draft mode (a shopper, or a stale draft cookie proxy.ts just dropped) lose the cookie
 * before Next sees it: no page a shopper is served can be rendered at another time. Returns the
 * request headers to render with, or `undefined` when the request carries no such cookie.
 */
export function headersWithoutStrayPreviewTime(
  request: NextRequest,
  draftModeKept: boolean,
): Headers | undefined {
  if (draftModeKept || !request.cookies.has(PREVIEW_TIME_COOKIE)) return undefined
  request.cookies.delete(PREVIEW_TIME_COOKIE)
  const headers = new Headers(request.headers)
  headers.set('cookie', request.cookies.toString())
  return headers
}

/** Tells the browser to forget a preview time that no longer applies. */
export function forgetPreviewTime(request: NextRequest, response: NextResponse): NextResponse {
  response.cookies.set(previewTimeCookie(request, '', 0))
  return response
}
