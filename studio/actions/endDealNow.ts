import { StopIcon } from '@sanity/icons'
import type { DocumentActionComponent } from 'sanity'
import { dealBoundaries, dealPhase } from '@repo/content/deal-rule'
import { dealWindowOf } from '../lib/dealState'
import { useNow } from '../lib/useNow'
import { usePatchAndPublish } from './usePatchAndPublish'

/**
 * Ends a live deal at once: sets `endsAt` to now and publishes, so the banner goes away.
 * It is offered only for a live deal without unpublished changes: publishing would otherwise take
 * half-finished edits along. Absent, it leaves Publish as the primary action.
 */
export const EndDealNowAction: DocumentActionComponent = (props) => {
  const { blocked, busy, run } = usePatchAndPublish(props)
  const published = props.published === null ? null : dealWindowOf(props.published)
  const now = useNow(dealBoundaries(published))
  const live = published !== null && dealPhase(published, now) === 'live'
  if (!busy && (!live || props.draft !== null)) return null
  return {
    label: busy ? 'Ending…' : 'End now',
    icon: StopIcon,
    tone: 'critical',
    disabled: busy || blocked !== undefined,
    title: blocked ?? 'Set the end to now and publish: the banner disappears from the site',
    onHandle: () => run({ set: { endsAt: new Date().toISOString() } }),
  }
}
EndDealNowAction.displayName = 'EndDealNowAction'
