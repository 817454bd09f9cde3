import { NextResponse, type NextRequest } from 'next/server'

/** `/?page=N` is the article list's page N: send it to its canonical URL (`/page/N`, or `/`). */
export function proxy(request: NextRequest): NextResponse {
  const requested = request.nextUrl.searchParams.get('page') ?? ''
  const page = /^[1-9][0-9]{0,5}$/.test(requested) ? Number(requested) : 1
  const url = request.nextUrl.clone()
  url.search = ''
  url.pathname = page > 1 ? `/page/${page}` : '/'
  return NextResponse.redirect(url, 308)
}

// Only the home page with a `page` query reaches this; every other request skips it.
export const config = { matcher: [{ source: '/', has: [{ type: 'query', key: 'page' }] }] }
