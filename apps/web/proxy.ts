import { NextResponse, type NextRequest } from 'next/server'
import { searchRoutePath } from './lib/discovery/search-route'

/** `/?page=N` is the article list's page N: send it to its canonical URL (`/page/N`, or `/`). */
function redirectHomePage(request: NextRequest): NextResponse {
  const requested = request.nextUrl.searchParams.get('page') ?? ''
  const page = /^[1-9][0-9]{0,5}$/.test(requested) ? Number(requested) : 1
  const url = request.nextUrl.clone()
  url.search = ''
  url.pathname = page > 1 ? `/page/${page}` : '/'
  return NextResponse.redirect(url, 308)
}

/**
 * `/search?q=…` renders the search route with the query as a path parameter: a page that reads
 * `searchParams` would be a prerendered shell with the results streamed in, which stay hidden
 * without JavaScript. The address bar keeps `/search?q=…`.
 */
function rewriteSearch(request: NextRequest): NextResponse {
  const url = request.nextUrl.clone()
  url.pathname = searchRoutePath(request.nextUrl.searchParams)
  url.search = ''
  return NextResponse.rewrite(url)
}

export function proxy(request: NextRequest): NextResponse {
  return request.nextUrl.pathname === '/search' ? rewriteSearch(request) : redirectHomePage(request)
}

// Only these reach the proxy; every other request skips it.
export const config = {
  matcher: [{ source: '/', has: [{ type: 'query', key: 'page' }] }, '/search'],
}
