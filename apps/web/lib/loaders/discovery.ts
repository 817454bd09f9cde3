import 'server-only'
import { queryTags } from '@repo/content/cache-tags'
import { cacheTag } from 'next/cache'
import { keep } from '@/lib/content/cache'
import { readContent, type ReadPerspective } from '@/lib/content/client'
import { loader } from '@/lib/content/loader'
import { dealLifetime, RETRY_LIFETIME } from '@/lib/content/lifetimes'

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

async function fetchSearch(perspective: ReadPerspective, patterns: string[], page: number) {
  'use cache'
  cacheTag(...queryTags.search())
  return keep(
    await readContent(perspective, (content) =>
      content.searchArticles({ patterns, page, pageSize: SEARCH_PAGE_SIZE }),
    ),
  )
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
