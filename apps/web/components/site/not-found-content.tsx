import Link from 'next/link'
import { Suspense } from 'react'
import { loadCategories } from '@/lib/loaders/catalog'
import styles from './status.module.css'

async function CategoryLinks() {
  const result = await loadCategories()
  if (!result.ok || result.data.length === 0) return null
  return (
    <nav aria-labelledby="browse-categories" className={styles.block}>
      <h2 id="browse-categories">Browse by category</h2>
      <ul>
        {result.data.map((category) => (
          <li key={category.id}>
            <Link href={`/category/${category.slug}`}>{category.title}</Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}

/** A helpful 404: what happened and where to go instead. */
export function NotFoundContent() {
  return (
    <div className={styles.status}>
      <p className={styles.code}>404</p>
      <h1>Page not found</h1>
      <p>We could not find that page. It may have moved, or the link may have a typo.</p>
      <p>
        <Link href="/">Go to the latest articles</Link>
      </p>
      <Suspense fallback={null}>
        <CategoryLinks />
      </Suspense>
    </div>
  )
}
