import { MAX_QUERY_LENGTH } from '@repo/content/search-terms'
import styles from './search.module.css'

/**
 * A plain GET form to /search: works without JavaScript, and the results page is a shareable
 * URL. `id` keeps the header's box and the results page's box apart.
 */
export function SearchBox({ id, defaultValue = '' }: { id: string; defaultValue?: string }) {
  return (
    <form role="search" action="/search" method="get" className={styles.form}>
      <label htmlFor={id} className={styles.label}>
        Search articles
      </label>
      <input
        id={id}
        className={styles.input}
        type="search"
        name="q"
        defaultValue={defaultValue}
        maxLength={MAX_QUERY_LENGTH}
        autoComplete="off"
      />
      <button type="submit" className={styles.button}>
        Search
      </button>
    </form>
  )
}
