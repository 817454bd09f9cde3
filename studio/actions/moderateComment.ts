import { CheckmarkCircleIcon, CloseCircleIcon, WarningOutlineIcon } from '@sanity/icons'
import type { DocumentActionComponent } from 'sanity'
import { commentStatus, moderationPatch, type ModerationDecision } from '../lib/commentModeration'
import { usePatchAndPublish } from './usePatchAndPublish'

const DECISIONS = {
  approved: {
    label: 'Approve',
    busyLabel: 'Approving…',
    icon: CheckmarkCircleIcon,
    tone: 'positive',
  },
  rejected: {
    label: 'Reject',
    busyLabel: 'Rejecting…',
    icon: CloseCircleIcon,
    tone: 'critical',
  },
  spam: {
    label: 'Mark as spam',
    busyLabel: 'Marking as spam…',
    icon: WarningOutlineIcon,
    tone: 'caution',
  },
} as const

/** A one-click document action that records `decision` on a comment and publishes it. */
function moderationAction(decision: ModerationDecision): DocumentActionComponent {
  const { label, busyLabel, icon, tone } = DECISIONS[decision]
  const ModerationAction: DocumentActionComponent = (props) => {
    const { blocked, busy, run } = usePatchAndPublish(props)
    // Decided means decided on the site: the published comment, with nothing left unpublished.
    // Hiding the action then makes the next useful decision the primary button (the badge says where it stands).
    const decided = props.draft === null && commentStatus(props.published?.status) === decision
    if (decided) return null
    return {
      label: busy ? busyLabel : label,
      icon,
      tone,
      disabled: busy || blocked !== undefined,
      title: blocked,
      onHandle: () => run(moderationPatch(decision, new Date())),
    }
  }
  ModerationAction.displayName = `${label.replace(/\s/g, '')}CommentAction`
  return ModerationAction
}

export const ApproveCommentAction = moderationAction('approved')
export const RejectCommentAction = moderationAction('rejected')
export const MarkAsSpamCommentAction = moderationAction('spam')
