import { parseSearchQuery, type SearchQuery } from '@repo/content/search-terms'
import { loadSearch } from '@/lib/loaders/discovery'
import { SearchHitList } from './search-hit-list'
import { SearchPagination } from './search-pagination'
import styles from './search.module.css'

type Refused = Extract<SearchQuery, { ok: false }>['reason']

const REFUSED: Record<Refused, string> = {
  empty: 'Type a few words to search the articles.',
  'too-long': 'That search is too long. Try a few words (at most 200 characters).',
  'only-common-words': 'Those words are too common to search for. Try more specific words.',
}

const plural = (count: number) => (count === 1 ? '1 article matches' : `${count} articles match`)

/** The answer to one search: hits, a count and paging, or why there is nothing to search for. */
export async function SearchResults({ query, page }: { query: string; page: number }) {
  const parsed = parseSearchQuery(query)
  if (!parsed.ok)
    return (
      <p role="status" className={styles.status}>
        {REFUSED[parsed.reason]}
      </p>
    )
  const result = await loadSearch(parsed.patterns, page)
  if (!result.ok)
    return (
      <p role="status" className={styles.status}>
        Search is unavailable right now. Please try again in a moment.
      </p>
    )
  const { items, total, pageCount } = result.data
  const shown = parsed.words.join(' ')
  return (
    <>
      <p role="status" className={styles.status}>
        {total === 0
          ? `No articles match “${shown}”. Try fewer or different words.`
          : `${plural(total)} “${shown}”${pageCount > 1 ? `, page ${page} of ${pageCount}` : ''}.`}
      </p>
      {items.length === 0 && total > 0 ? (
        <p>There are no more results on this page.</p>
      ) : (
        <SearchHitList hits={items} words={parsed.words} />
      )}
      <SearchPagination query={query} page={page} pageCount={pageCount} />
    </>
  )
}
