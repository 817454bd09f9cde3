import type { ReactNode } from 'react'
import styles from './comments.module.css'

/**
 * Where readers leave a comment: the heading and the closed-comments note stay here, so that the
 * form (`children`, from features/comments/form) is only the form. Without one a note stands in.
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
