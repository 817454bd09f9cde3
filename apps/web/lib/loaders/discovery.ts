import 'server-only'
import { queryTags } from '@repo/content/cache-tags'
import { cacheLife, cacheTag } from 'next/cache'
import { keep } from '@/lib/content/cache'
import { readContent, type ReadPerspective } from '@/lib/content/client'
import { loader } from '@/lib/content/loader'
import {
  dealLifetime,
  MIN_PRERENDER_EXPIRE,
  RETRY_LIFETIME,
  type CacheLifetime,
} from '@/lib/content/lifetimes'

/** Results per page of search. */
export const SEARCH_PAGE_SIZE = 10
/** Articles in the RSS and Atom feeds. */
export const FEED_SIZE = 20

/** `at`: a preview clock's reading (draft mode only, never cached); shoppers' reads pass none. */
async function fetchDealsPage(perspective: ReadPerspective, at?: number) {
  'use cache'
  cacheTag(...queryTags.deals())
  const now = at ?? Date.now()
  const result = await readContent(perspective, (content) => content.getDealsPage(new Date(now)))
  // Like the banner: the page never outlives the next start or end of any enabled deal.
  return keep(result, result.ok ? dealLifetime(result.data.nextChangeAt, now) : RETRY_LIFETIME)
}

/**
 * A search the lake could not answer (down, or its query timed out). The search page is one
 * cached whole, never streamed (see the route), and a cache expiring sooner than Next prerenders
 * (or a stale time below 5 minutes, one it leaves out of a page's shell) would make it a
 * per-request hole outside any Suspense boundary, which Next refuses: this answer is kept long
 * enough to be prerendered but refreshed after seconds.
 */
const SEARCH_RETRY_LIFETIME: CacheLifetime = {
  stale: MIN_PRERENDER_EXPIRE,
  revalidate: RETRY_LIFETIME.revalidate,
  expire: MIN_PRERENDER_EXPIRE,
}

async function fetchSearch(perspective: ReadPerspective, patterns: string[], page: number) {
  'use cache'
  cacheTag(...queryTags.search())
  const result = await readContent(perspective, (content) =>
    content.searchArticles({ patterns, page, pageSize: SEARCH_PAGE_SIZE }),
  )
  // The page says "try again" instead of showing the error page.
  if (!result.ok && result.error.kind === 'unavailable') {
    cacheLife(SEARCH_RETRY_LIFETIME)
    return result
  }
  return keep(result)
}

async function fetchFeed(perspective: ReadPerspective) {
  'use cache'
  cacheTag(...queryTags.feed())
  return keep(await readContent(perspective, (content) => content.listFeedArticles(FEED_SIZE)))
}

async function fetchSitemap(perspective: ReadPerspective) {
  'use cache'
  cacheTag(...queryTags.sitemap())
  return keep(await readContent(perspective, (content) => content.getSitemapEntries()))
}

/** Live and announced deals (at a preview's `at`), cached until the next deal boundary or a deal is published. */
export const loadDealsPage = loader(fetchDealsPage)

/** One page of search hits for already-parsed patterns (see @repo/content/search-terms). */
export const loadSearch = loader(fetchSearch)

/** The newest articles for the feeds. */
export const loadFeed = loader(fetchFeed)

/** Every article and category with its last change. */
export const loadSitemap = loader(fetchSitemap)
