import Link from 'next/link'
import styles from './article-list.module.css'

/** The URL of a page of the article list: page 1 is the home page. */
export function pageHref(page: number): string {
  return page <= 1 ? '/' : `/page/${page}`
}

/** Newer / older links and where the reader is; nothing when everything fits on one page. */
export function Pagination({ page, pageCount }: { page: number; pageCount: number }) {
  if (pageCount <= 1) return null
  return (
    <nav className={styles.pagination} aria-label="Pagination">
      {page > 1 ? (
        <Link href={pageHref(page - 1)} rel="prev">
          ← Newer articles
        </Link>
      ) : (
        <span />
      )}
      <span>
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <Link href={pageHref(page + 1)} rel="next">
          Older articles →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  )
}
