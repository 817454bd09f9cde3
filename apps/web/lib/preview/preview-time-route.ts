import 'server-only'
import { draftMode } from 'next/headers'
import { type NextRequest, NextResponse } from 'next/server'
import { previewTimeCookie } from './preview-time-cookie'
import { parsePreviewTime } from './preview-time'
import { sitePath } from './site-path'

const NO_STORE = { 'cache-control': 'no-store' }
/** The form has four short fields; anything larger is not it. */
const MAX_BODY = 4096

const refuse = (status: number, message: string) =>
  new NextResponse(`${message}\n`, {
    status,
    headers: { ...NO_STORE, 'content-type': 'text/plain; charset=utf-8' },
  })

/** The form's fields, from the query (GET) or a urlencoded body (POST). */
async function fields(request: NextRequest): Promise<URLSearchParams | undefined> {
  if (request.method === 'GET') return request.nextUrl.searchParams
  const type = request.headers.get('content-type') ?? ''
  if (!type.startsWith('application/x-www-form-urlencoded')) return undefined
  if (Number(request.headers.get('content-length') ?? 0) > MAX_BODY) return undefined
  const body = await request.text()
  return body.length > MAX_BODY ? undefined : new URLSearchParams(body)
}

/**
 * The preview bar's "View the site at" form: sets (or, with `reset`, clears) the preview clock and
 * goes back to the page. Only a browser in draft mode may (proxy.ts has already dropped draft mode
 * without a valid session), and only from this site's own pages, so another site cannot move an
 * editor's preview clock. Bad input is refused and changes nothing.
 */
export async function setPreviewTime(request: NextRequest): Promise<NextResponse> {
  if (!(await draftMode()).isEnabled) return refuse(403, 'Preview time works only in preview.')
  const site = request.headers.get('sec-fetch-site')
  if (site !== null && site !== 'same-origin')
    return refuse(403, 'Preview time can only be set from the preview itself.')
  const form = await fields(request)
  if (form === undefined) return refuse(400, 'Send the form urlencoded, under 4 kB.')
  // Relative: behind `next start` request.url may name another host (localhost for 127.0.0.1),
  // and a redirect to another origin breaks the form's `form-action 'self'` policy.
  const response = new NextResponse(null, {
    status: 303,
    headers: { ...NO_STORE, location: sitePath(form.get('redirect')) },
  })
  if (form.has('reset')) {
    response.cookies.set(previewTimeCookie(request, '', 0))
    return response
  }
  const now = Date.now()
  const choice = parsePreviewTime(form.get('at'), form.get('tz'), now)
  if (!choice.ok) return refuse(400, choice.error)
  response.cookies.set(previewTimeCookie(request, String(choice.at - now)))
  return response
}
