import type { Article } from '@repo/content/view-models'
import { formatDate, isoDate } from '@/lib/dates'
import styles from './article.module.css'

type BylineProps = Pick<
  Article,
  'author' | 'publishedAt' | 'medicalReviewer' | 'reviewedAt' | 'readingMinutes'
>

/** Who wrote it (and their credentials), when, who reviewed it medically, and how long it takes. */
export function Byline({
  author,
  publishedAt,
  medicalReviewer,
  reviewedAt,
  readingMinutes,
}: BylineProps) {
  return (
    <div className={styles.byline}>
      {author && (
        <p className={styles.author}>
          By <span className={styles.authorName}>{author.name}</span>
          {author.credentials && <span className={styles.credentials}>, {author.credentials}</span>}
        </p>
      )}
      <p className={styles.meta}>
        <span>
          Published <time dateTime={isoDate(publishedAt)}>{formatDate(publishedAt)}</time>
        </span>
        <span aria-hidden="true"> · </span>
        <span>{readingMinutes} min read</span>
      </p>
      {medicalReviewer && reviewedAt && (
        <p className={styles.meta}>
          Medically reviewed by {medicalReviewer.name}
          {medicalReviewer.credentials && `, ${medicalReviewer.credentials}`} on{' '}
          <time dateTime={isoDate(reviewedAt)}>{formatDate(reviewedAt)}</time>
        </p>
      )}
    </div>
  )
}
