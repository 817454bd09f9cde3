/** The statuses a comment can have; mirrors COMMENT_STATUSES in the schema. */
export type CommentStatus = 'pending' | 'approved' | 'rejected' | 'spam'

/** The decisions an editor can take on a comment. */
export type ModerationDecision = Exclude<CommentStatus, 'pending'>

/** The fields a moderation decision sets on a comment. */
export interface ModerationPatch {
  set: { status: ModerationDecision; moderatedAt: string }
}

/** The patch that records `decision` on a comment at `now`. */
export function moderationPatch(decision: ModerationDecision, now: Date): ModerationPatch {
  return { set: { status: decision, moderatedAt: now.toISOString() } }
}

/** Reads a comment's status; anything unknown counts as pending so it stays in the inbox. */
export function commentStatus(value: unknown): CommentStatus {
  switch (value) {
    case 'approved':
    case 'rejected':
    case 'spam':
      return value
    default:
      return 'pending'
  }
}

/** Labels for statuses, shared by the badge and the inbox lists. */
export const COMMENT_STATUS_TITLES: Record<CommentStatus, string> = {
  pending: 'Pending',
  approved: 'Approved',
  rejected: 'Rejected',
  spam: 'Spam',
}
