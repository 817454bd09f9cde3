import type { ReactNode } from 'react'
import styles from './comments.module.css'

/**
 * Where readers leave a comment. The form itself is a separate issue: it plugs in through
 * `children` (a server action posting a pending comment). Until then a short note stands in.
 */
export function CommentFormSlot({
  commentsEnabled,
  children,
}: {
  commentsEnabled: boolean
  children?: ReactNode
}) {
  return (
    <section className={styles.form} aria-labelledby="leave-comment" data-slot="comment-form">
      <h3 id="leave-comment">Leave a comment</h3>
      {!commentsEnabled ? (
        <p>Comments are closed for this article.</p>
      ) : (
        (children ?? (
          <p className={styles.note}>
            Commenting opens soon. Comments are reviewed before they appear.
          </p>
        ))
      )}
    </section>
  )
}
