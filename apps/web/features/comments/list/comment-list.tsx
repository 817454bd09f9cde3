import type { PublicComment } from '@repo/content/view-models'
import { formatDate, isoDate } from '@/lib/dates'
import styles from './comments.module.css'

/** Approved comments, oldest first, as plain text (React escapes any markup in them). */
export function CommentList({ comments }: { comments: PublicComment[] }) {
  if (comments.length === 0)
    return <p className={styles.empty}>No comments yet. Be the first to share your thoughts.</p>
  return (
    <ol className={styles.list}>
      {comments.map((comment) => (
        <li key={comment.id} className={styles.comment}>
          <article aria-label={`Comment by ${comment.authorName}`}>
            <p className={styles.meta}>
              <span className={styles.name}>{comment.authorName}</span>{' '}
              <time dateTime={isoDate(comment.submittedAt)}>{formatDate(comment.submittedAt)}</time>
            </p>
            <p className={styles.body}>{comment.body}</p>
          </article>
        </li>
      ))}
    </ol>
  )
}
