import type { DocumentBadgeComponent, DocumentBadgeDescription } from 'sanity'
import {
  DEAL_STATE_TITLES,
  dealBoundaries,
  dealState,
  dealWindowOf,
  type DealState,
} from '../lib/dealState'
import { useNow } from '../lib/useNow'

const COLORS: Record<DealState, DocumentBadgeDescription['color']> = {
  live: 'success',
  scheduled: 'primary',
  expired: 'warning',
  disabled: 'danger',
}

const LABELS: Record<DealState, string> = {
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
  const state = dealState(deal, now)
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
