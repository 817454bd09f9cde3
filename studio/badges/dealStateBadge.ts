import type { DocumentBadgeComponent, DocumentBadgeDescription } from 'sanity'
import { dealBoundaries, dealPhase, type DealPhase } from '@repo/content/deal-rule'
import { DEAL_STATE_TITLES, dealWindowOf } from '../lib/dealState'
import { useNow } from '../lib/useNow'

const COLORS: Record<DealPhase, DocumentBadgeDescription['color']> = {
  live: 'success',
  scheduled: 'primary',
  expired: 'warning',
  disabled: 'danger',
}

const LABELS: Record<DealPhase, string> = {
  live: 'Live',
  scheduled: 'Scheduled',
  expired: 'Expired',
  disabled: 'Disabled',
}

/** Where the deal stands now, judged on the version being edited (draft first). */
export const DealStateBadge: DocumentBadgeComponent = (props) => {
  const doc = props.draft ?? props.published
  const deal = doc === null ? null : dealWindowOf(doc)
  const now = useNow(dealBoundaries(deal))
  if (deal === null) return null
  const state = dealPhase(deal, now)
  const unpublished = props.draft !== null
  return {
    label: LABELS[state],
    color: COLORS[state],
    title: unpublished
      ? `${DEAL_STATE_TITLES[state]} once these changes are published`
      : DEAL_STATE_TITLES[state],
  }
}
DealStateBadge.displayName = 'DealStateBadge'
