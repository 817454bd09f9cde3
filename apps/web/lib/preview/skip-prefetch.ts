/** The header Next's router puts on a Link prefetch (next/dist/client/components/app-router-headers). */
const PREFETCH_HEADER = 'next-router-prefetch'

/** Whether a fetch is one of Next's Link prefetches. */
export function isRouterPrefetch(init: RequestInit | undefined): boolean {
  return new Headers(init?.headers).get(PREFETCH_HEADER) === '1'
}

/**
 * `fetch` that answers Next's Link prefetches itself, with nothing (204), and passes every other
 * request on. For the preview only: in draft mode nothing is cached, so each prefetch is a full
 * server render, and every `router.refresh()` drops the prefetched pages and prefetches each link
 * in view again (three per refresh on an article), on the same server that renders the change
 * the editor is waiting for. Next's router treats the empty answer as "nothing prefetched" and
 * renders a followed link when it is clicked, as draft mode does anyway. It cannot be done on the
 * server: Next strips the router's headers before proxy.ts sees a request.
 */
export function withoutRouterPrefetches(fetchImpl: typeof fetch): typeof fetch {
  return (input, init) =>
    isRouterPrefetch(init)
      ? Promise.resolve(new Response(null, { status: 204, statusText: 'Skipped in preview' }))
      : fetchImpl(input, init)
}
