import type { Result } from '@repo/content/api'
import type { DealState } from '@repo/content/view-models'
import type { EditAttribute } from '@/lib/preview/edit-path'
import { DealBannerView } from './deal-banner-view'
import { RefreshAt } from './refresh-at.client'

/** The banner for a deal state read: a failed or broken read shows no banner. */
export function DealBannerFor({
  state,
  siteUrl,
  edit,
  clockOffsetMs,
}: {
  state: Result<DealState>
  siteUrl: string
  /** Draft mode only: click-to-edit attributes for the deal shown. */
  edit?: EditAttribute
  /** Draft mode only: how far the preview's clock runs ahead of the real one. */
  clockOffsetMs?: number
}) {
  if (!state.ok) return null
  const { deal, nextChangeAt } = state.data
  // A live region: when an open page refreshes at a deal boundary (RefreshAt), screen readers
  // hear the new deal; on a fresh page load nothing is announced.
  return (
    <div aria-live="polite">
      {deal && <DealBannerView deal={deal} siteUrl={siteUrl} edit={edit} />}
      {nextChangeAt && <RefreshAt at={nextChangeAt} clockOffsetMs={clockOffsetMs} />}
    </div>
  )
}
