import type { SearchHit } from '@repo/content/view-models'
import Link from 'next/link'
import { formatDate, isoDate } from '@/lib/dates'
import { Highlight, snippet } from './highlight'
import styles from './search.module.css'

/** Search hits: title, excerpt and a bit of the body, with the searched words marked. */
export function SearchHitList({ hits, words }: { hits: SearchHit[]; words: string[] }) {
  return (
    <ol className={styles.results}>
      {hits.map((hit) => (
        <li key={hit.id} className={styles.hit}>
          <h2>
            <Link href={`/blog/${hit.slug}`}>
              <Highlight text={hit.title} words={words} />
            </Link>
          </h2>
          <p>
            <Highlight text={hit.excerpt} words={words} />
          </p>
          <p className={styles.snippet}>
            <Highlight text={snippet(hit.bodyText, words)} words={words} />
          </p>
          <p className={styles.snippet}>
            <time dateTime={isoDate(hit.publishedAt)}>{formatDate(hit.publishedAt)}</time>
            {hit.author && ` · ${hit.author.name}`}
          </p>
        </li>
      ))}
    </ol>
  )
}
