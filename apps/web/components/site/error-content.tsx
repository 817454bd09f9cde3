import Link from 'next/link'
import styles from './status.module.css'

/** What a reader sees when a page fails: never the error itself, always a way forward. */
export function ErrorContent({ onRetry }: { onRetry: () => void }) {
  return (
    <div className={styles.status} role="alert">
      <h1>Something went wrong</h1>
      <p>This page could not be shown right now. Please try again in a moment.</p>
      <p className={styles.actions}>
        <button type="button" className={styles.button} onClick={onRetry}>
          Try again
        </button>
        <Link href="/">Go to the latest articles</Link>
      </p>
    </div>
  )
}
