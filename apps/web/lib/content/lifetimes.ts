/**
 * How long cached content may live. Content changes arrive by webhook (tags expire at once), so
 * the time-based part of CONTENT_LIFETIME is only a safety net for a missed webhook. Deals also
 * change on time: `dealLifetime` makes every cache holding the banner expire before the next start
 * or end (DealState.nextChangeAt), so an ended deal is never served and a scheduled one appears.
 */

export interface CacheLifetime {
  /** Seconds the browser's router may reuse a response without asking (Next enforces >= 30 s there). */
  stale: number
  /** Seconds after which a cached entry is refreshed in the background. */
  revalidate: number
  /** Seconds after which a cached entry is never served again. */
  expire: number
}

const MINUTE = 60
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

export const CONTENT_LIFETIME: CacheLifetime = {
  stale: 5 * MINUTE,
  revalidate: HOUR,
  expire: 7 * DAY,
}

/**
 * For a failed read (the lake is down): retried within seconds. An expire this short also keeps
 * Next from caching a page around it: the part that failed is rendered per request meanwhile.
 */
export const RETRY_LIFETIME: CacheLifetime = { stale: 0, revalidate: 5, expire: 10 }

/** Next renders caches expiring sooner than this per request instead of prerendering them. */
export const MIN_PRERENDER_EXPIRE = 5 * MINUTE

/**
 * Slack for the time between computing a lifetime and Next storing the page that inherits it
 * (the page's clock starts when its render ends).
 */
export const RENDER_SLACK = 10

/**
 * The lifetime of a cached deal state read at `now` (ms) whose next boundary is `nextChangeAt`.
 *
 * A page that reuses this cache entry inherits its declared `expire`, counted from the page's own
 * render, not from when the entry was made. Next regenerates an entry that is older than its
 * `revalidate` before a page may reuse it, so an entry is at most `revalidate` seconds old when a
 * page inherits it; declaring `expire = secondsLeft - revalidate - RENDER_SLACK` therefore keeps
 * every page's expiry before the boundary.
 */
export function dealLifetime(nextChangeAt: string | null, now: number): CacheLifetime {
  if (nextChangeAt === null) return CONTENT_LIFETIME
  const boundary = Date.parse(nextChangeAt)
  if (Number.isNaN(boundary)) return RETRY_LIFETIME
  const secondsLeft = Math.floor((boundary - now) / 1000)
  if (secondsLeft < 1) return { stale: 0, revalidate: 0, expire: 0 }
  const revalidate = Math.min(HOUR, Math.max(MINUTE, Math.floor(secondsLeft / 10)))
  const expire = secondsLeft - revalidate - RENDER_SLACK
  if (expire >= MIN_PRERENDER_EXPIRE) {
    return {
      stale: Math.min(CONTENT_LIFETIME.stale, expire),
      revalidate,
      expire: Math.min(expire, CONTENT_LIFETIME.expire),
    }
  }
  // Close to the boundary the banner is rendered per request (Next leaves short-lived caches out of
  // prerendered pages), and this entry itself expires exactly at the boundary.
  return { stale: 0, revalidate: Math.min(MINUTE, secondsLeft), expire: secondsLeft }
}

/**
 * The lifetime of the deal state a page's static shell is built with (see BannerPlaceholder).
 * Long enough to stay in the shell, and due for a refresh just after the next boundary, so a page
 * that had to render its banner per request becomes fully cached again right after the change.
 */
export function shellLifetime(nextChangeAt: string | null, now: number): CacheLifetime {
  if (nextChangeAt === null) return CONTENT_LIFETIME
  const boundary = Date.parse(nextChangeAt)
  if (Number.isNaN(boundary)) return CONTENT_LIFETIME
  const revalidate = Math.min(
    CONTENT_LIFETIME.revalidate,
    Math.max(1, Math.ceil((boundary - now) / 1000) + 1),
  )
  return { stale: 30, revalidate, expire: Math.max(MIN_PRERENDER_EXPIRE, revalidate) }
}
