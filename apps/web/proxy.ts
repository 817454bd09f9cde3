import { NextResponse, type NextRequest } from 'next/server'
import { env } from './env'
import { searchRoutePath } from './lib/discovery/search-route'
import { forgetDraftMode, headersWithoutStaleDraftMode } from './lib/preview/guard'
import { forgetPreviewTime, headersWithoutStrayPreviewTime } from './lib/preview/preview-time-guard'
import { DRAFT_MODE_COOKIE } from './lib/preview/session'
import { carriesSurrogateKeys, surrogateKeys } from './lib/proxy-cache/surrogate-keys'
import { policyHeaders, type HeaderEntry } from './lib/security/headers'

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
function searchPath(request: NextRequest): URL {
  const url = request.nextUrl.clone()
  url.pathname = searchRoutePath(request.nextUrl.searchParams)
  url.search = ''
  return url
}

/**
 * The Content-Security-Policy comes from the running server's environment (STUDIO_ORIGINS), not
 * from the build, so one build can be framed by the Studio it is deployed with. Headers set here
 * go on the way out only: a cached page stays one cache entry shared by every reader.
 */
let policy: HeaderEntry[] | undefined

function withPolicy(response: NextResponse): NextResponse {
  policy ??= policyHeaders(env().security)
  for (const { key, value } of policy) response.headers.set(key, value)
  return response
}

/** The page's cache tags for a caching proxy in front (deploy/varnish), which strips them. */
function withSurrogateKeys(request: NextRequest, response: NextResponse): NextResponse {
  const { pathname } = request.nextUrl
  if (carriesSurrogateKeys(request.method, pathname))
    response.headers.set('xkey', surrogateKeys(pathname))
  return response
}

export function proxy(request: NextRequest): NextResponse {
  return withSurrogateKeys(request, withPolicy(route(request)))
}

function route(request: NextRequest): NextResponse {
  const { pathname, searchParams } = request.nextUrl
  if (pathname === '/' && searchParams.has('page')) return redirectHomePage(request)
  // A draft-mode cookie without a valid preview session is dropped before Next sees it.
  const staleDraft = headersWithoutStaleDraftMode(request)
  // A preview time without (valid) draft mode is dropped too: shoppers' pages ignore it.
  const strayTime = headersWithoutStrayPreviewTime(request, request.cookies.has(DRAFT_MODE_COOKIE))
  const headers = strayTime ?? staleDraft
  const init = headers ? { request: { headers } } : undefined
  const response =
    pathname === '/search'
      ? NextResponse.rewrite(searchPath(request), init)
      : NextResponse.next(init)
  if (strayTime) forgetPreviewTime(request, response)
  // The handshake sets fresh cookies itself; deleting them here would race with those.
  return staleDraft && !pathname.startsWith('/api/draft-mode/')
    ? forgetDraftMode(response)
    : response
}

// Every page and route gets its policy here; built assets (hashed JS, CSS, images) need none.
export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon\\.ico).*)'],
}
