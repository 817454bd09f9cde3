import { draftMode } from 'next/headers'
import { type NextRequest, NextResponse } from 'next/server'
import { previewTimeCookie } from '@/lib/preview/preview-time-cookie'
import { PREVIEW_SESSION_COOKIE } from '@/lib/preview/session'
import { sitePath } from '@/lib/preview/site-path'

/** The "Exit preview" control: drops the draft-mode cookie and goes back to the page, published. */
export async function GET(request: NextRequest): Promise<NextResponse> {
  ;(await draftMode()).disable()
  const target = new URL(sitePath(request.nextUrl.searchParams.get('redirect')), request.url)
  const response = NextResponse.redirect(target, {
    status: 303,
    headers: { 'cache-control': 'no-store' },
  })
  response.cookies.delete(PREVIEW_SESSION_COOKIE)
  response.cookies.set(previewTimeCookie(request, '', 0))
  return response
}
