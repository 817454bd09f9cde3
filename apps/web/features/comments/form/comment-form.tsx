import { RECEIVED_ANCHOR } from '@/features/comments/shared/anchors'
import { ACCEPTED_MESSAGE } from '@/features/comments/shared/messages'
import { CommentFormClient } from './comment-form.client'
import styles from './comment-form.module.css'

/**
 * "Leave a comment" for one article, part of the cached page and the same for every reader: no
 * signed time, no key (the enhanced form fetches its signed time once it runs). Without
 * JavaScript it previews through the endpoint; an accepted post comes back to
 * `#comment-received`, which reveals the moderation notice (CSS `:target`, no script needed).
 */
export function CommentForm({ articleId, slug }: { articleId: string; slug: string }) {
  return (
    <>
      <p id={RECEIVED_ANCHOR} className={styles.received} role="status">
        {ACCEPTED_MESSAGE}
      </p>
      <CommentFormClient articleId={articleId} slug={slug} />
    </>
  )
}
