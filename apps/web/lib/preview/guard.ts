import 'server-only'
import type { NextRequest, NextResponse } from 'next/server'
import { env } from '@/env'
import { DRAFT_MODE_COOKIE, isValidPreviewSession, PREVIEW_SESSION_COOKIE } from './session'

/**
 * The request headers to render with when a request carries the draft-mode cookie without a valid
 * preview session (forged, copied or expired): the same request without that cookie, so Next
 * renders (and serves from its cache) exactly what a shopper gets. `undefined` when nothing is wrong.
 */
export function headersWithoutStaleDraftMode(request: NextRequest): Headers | undefined {
  if (!request.cookies.has(DRAFT_MODE_COOKIE)) return undefined
  const key = env().readToken
  const session = request.cookies.get(PREVIEW_SESSION_COOKIE)?.value
  if (key !== undefined && isValidPreviewSession(session, key)) return undefined
  request.cookies.delete(DRAFT_MODE_COOKIE)
  const headers = new Headers(request.headers)
  headers.set('cookie', request.cookies.toString())
  return headers
}

/** Tells the browser to forget a draft-mode cookie that no longer opens anything. */
export function forgetDraftMode(response: NextResponse): NextResponse {
  response.cookies.delete(DRAFT_MODE_COOKIE)
  response.cookies.delete(PREVIEW_SESSION_COOKIE)
  return response
}
