import Link from 'next/link'
import styles from '@/components/article-list/article-list.module.css'

/** The URL of a page of results for a query. */
export function searchHref(query: string, page: number): string {
  const params = new URLSearchParams({ q: query })
  if (page > 1) params.set('page', String(page))
  return `/search?${params}`
}

/** Previous / next links through the results; nothing when they fit on one page. */
export function SearchPagination({
  query,
  page,
  pageCount,
}: {
  query: string
  page: number
  pageCount: number
}) {
  if (pageCount <= 1) return null
  return (
    <nav className={styles.pagination} aria-label="Search results pages">
      {page > 1 ? (
        <Link href={searchHref(query, Math.min(page - 1, pageCount))} rel="prev">
          ← Previous results
        </Link>
      ) : (
        <span />
      )}
      <span>
        Page {Math.min(page, pageCount)} of {pageCount}
      </span>
      {page < pageCount ? (
        <Link href={searchHref(query, page + 1)} rel="next">
          More results →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  )
}
