import { env } from '@/env'
import { loadDealState } from '@/lib/loaders/site'
import { editAttributesFor } from '@/lib/preview/edit-attributes'
import { previewClock } from '@/lib/preview/preview-clock'
import { DealBannerFor } from './deal-banner-for'

/**
 * The deal live right now, rendered on the server; nothing when there is none or it is broken.
 * In a preview viewing another time, the deal live then.
 */
export async function DealBanner() {
  const clock = await previewClock()
  const state = await (clock ? loadDealState(clock.now) : loadDealState())
  const deal = state.ok ? state.data.deal : null
  const edit = deal ? await editAttributesFor({ id: deal.id, type: 'deal' }) : undefined
  return (
    <DealBannerFor
      state={state}
      siteUrl={env().siteUrl}
      edit={edit}
      clockOffsetMs={clock?.offsetMs}
    />
  )
}
