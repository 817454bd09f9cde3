import type { Metadata } from 'next'
import { SearchBox } from '@/components/search/search-box'
import { SearchResults } from '@/components/search/search-results'
import { NotFoundPage } from '@/components/site/not-found-page'
import { queryFromSegment } from '@/lib/discovery/search-route'
import { parsePageNumber, PRERENDER_PLACEHOLDER } from '@/lib/params'
import styles from '../../../page/[n]/list.module.css'

type Props = { params: Promise<{ q: string; page: string }> }

export const metadata: Metadata = {
  title: 'Search',
  // Result pages are endless variations of the articles themselves: keep them out of indexes.
  robots: { index: false, follow: true },
}

// Rendered on the first request for each query and page, then cached whole until an article
// changes; never prerendered (the placeholder is a 404 without a read).
export function generateStaticParams() {
  return [{ q: PRERENDER_PLACEHOLDER, page: PRERENDER_PLACEHOLDER }]
}

/**
 * `/search?q=…&page=…`, rewritten here by proxy.ts so that the answer is part of the page itself
 * (no streaming): the search works in full without JavaScript.
 */
export default async function SearchPage({ params }: Props) {
  const { q, page: pageParam } = await params
  const page = parsePageNumber(pageParam)
  if (page === null) return <NotFoundPage />
  const query = queryFromSegment(q)
  return (
    <div className={styles.page}>
      <h1 className={styles.heading}>Search</h1>
      <SearchBox id="search-page" defaultValue={query} />
      <SearchResults query={query} page={page} />
    </div>
  )
}
