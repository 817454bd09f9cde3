import type { CommentStatus } from './commentModeration'

/** Comments with a status; anything that is not a decision counts as pending, as in `commentStatus`. */
export const COMMENT_FILTERS: Record<CommentStatus, string> = {
  pending: '_type == "comment" && !(status in ["approved", "rejected", "spam"])',
  approved: '_type == "comment" && status == "approved"',
  rejected: '_type == "comment" && status == "rejected"',
  spam: '_type == "comment" && status == "spam"',
}

/** Published comments waiting for a decision (drafts would count a comment twice). */
export const PENDING_COUNT_QUERY = `count(*[${COMMENT_FILTERS.pending} && !(_id in path("drafts.**")) && !(_id in path("versions.**"))])`

/** Listening to every comment change is what keeps the pending count current (listeners take filters only). */
export const COMMENT_LISTEN_QUERY = '*[_type == "comment"]'
