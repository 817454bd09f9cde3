import { MAX_QUERY_LENGTH } from '@repo/content/search-terms'

/** The path segment for "no query" (an empty segment cannot be routed). */
export const EMPTY_QUERY_SEGMENT = '_'

/**
 * The internal path `/search?q=…&page=…` is rewritten to (app/(site)/search/[q]/[page]).
 * Control characters are dropped; a query one character over the limit is enough for the page to
 * say it is too long, so nothing longer is carried; a page number that is not one becomes 1.
 */
export function searchRoutePath(search: URLSearchParams): string {
  const query = (search.get('q') ?? '').replace(/\p{Cc}+/gu, ' ').slice(0, MAX_QUERY_LENGTH + 1)
  const requested = search.get('page') ?? ''
  const page = /^[1-9][0-9]{0,5}$/.test(requested) ? requested : '1'
  const segment = query.trim() === '' ? EMPTY_QUERY_SEGMENT : encodeURIComponent(query)
  return `/search/${segment}/${page}`
}

/** The query from the route's `[q]` segment, which Next hands over still percent-encoded. */
export function queryFromSegment(segment: string): string {
  if (segment === EMPTY_QUERY_SEGMENT) return ''
  try {
    return decodeURIComponent(segment)
  } catch {
    // Only a hand-made URL gets here (the proxy always encodes): treat it as typed.
    return segment
  }
}
