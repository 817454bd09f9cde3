import Link from 'next/link'
import styles from '@/components/site/status.module.css'

/**
 * The last-resort 404 outside the site's pages. Unmatched URLs reach app/(site)/[...unmatched]
 * and get the full 404 page inside the site chrome; this one reads no content, so it keeps every
 * route's static output (it is part of each one) free of content reads.
 */
export default function NotFound() {
  return (
    <main id="main" className={styles.status}>
      <h1>Page not found</h1>
      <p>
        <Link href="/">Go to the latest articles</Link>
      </p>
    </main>
  )
}
