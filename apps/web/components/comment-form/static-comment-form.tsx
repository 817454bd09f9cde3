import { RECEIVED_ANCHOR } from '@/lib/comments/anchors'
import { ACCEPTED_MESSAGE } from '@/lib/comments/messages'
import { CommentFormClient } from './comment-form.client'
import styles from './comment-form.module.css'

/**
 * The form in the cached page, the same for every reader: no signed time, no key. Without
 * JavaScript it previews through the endpoint; an accepted post comes back to
 * `#comment-received`, which reveals the moderation notice (CSS `:target`, no script needed).
 */
export function StaticCommentForm({ articleId, slug }: { articleId: string; slug: string }) {
  return (
    <>
      <p id={RECEIVED_ANCHOR} className={styles.received} role="status">
        {ACCEPTED_MESSAGE}
      </p>
      <CommentFormClient articleId={articleId} slug={slug} renderedAt="" idempotencyKey="" />
    </>
  )
}
