import type { PublicComment } from '@repo/content/view-models'
import type { ReactNode } from 'react'
import { CommentFormSlot } from './comment-form-slot'
import { CommentList } from './comment-list'
import { commentCountLabel } from './comment-count'
import styles from './comments.module.css'

interface CommentsSectionProps {
  comments: PublicComment[]
  commentsEnabled: boolean
  /** The comment form, which the article page passes in (a list alone needs none). */
  form?: ReactNode
}

/** The comments after an article: how many, the approved ones, then the place to add one. */
export function CommentsSection({ comments, commentsEnabled, form }: CommentsSectionProps) {
  return (
    <section className={styles.section} aria-labelledby="comments-title" id="comments">
      <h2 id="comments-title">{commentCountLabel(comments.length)}</h2>
      <CommentList comments={comments} />
      <CommentFormSlot commentsEnabled={commentsEnabled}>{form}</CommentFormSlot>
    </section>
  )
}
