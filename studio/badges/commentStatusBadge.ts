import type { DocumentBadgeComponent, DocumentBadgeDescription } from 'sanity'
import { COMMENT_STATUS_TITLES, commentStatus, type CommentStatus } from '../lib/commentModeration'

const COLORS: Record<CommentStatus, DocumentBadgeDescription['color']> = {
  pending: 'primary',
  approved: 'success',
  rejected: 'warning',
  spam: 'danger',
}

/** The comment's moderation status as readers see it (the published comment). */
export const CommentStatusBadge: DocumentBadgeComponent = (props) => {
  const doc = props.published ?? props.draft
  if (doc === null) return null
  const status = commentStatus(doc.status)
  return {
    label: COMMENT_STATUS_TITLES[status],
    color: COLORS[status],
    title:
      status === 'approved' && props.published !== null
        ? 'Shown on the site'
        : 'Not shown on the site',
  }
}
CommentStatusBadge.displayName = 'CommentStatusBadge'
