import { env } from '@/env'
import { loadDealState } from '@/lib/loaders/site'
import { editAttributesFor } from '@/lib/preview/edit-attributes'
import { DealBannerFor } from './deal-banner-for'

/** The deal live right now, rendered on the server; nothing when there is none or it is broken. */
export async function DealBanner() {
  const state = await loadDealState()
  const deal = state.ok ? state.data.deal : null
  const edit = deal ? await editAttributesFor({ id: deal.id, type: 'deal' }) : undefined
  return <DealBannerFor state={state} siteUrl={env().siteUrl} edit={edit} />
}
