import { env } from '@/env'
import { loadDealState } from '@/lib/loaders/site'
import { DealBannerFor } from './deal-banner-for'

/** The deal live right now, rendered on the server; nothing when there is none or it is broken. */
export async function DealBanner() {
  return <DealBannerFor state={await loadDealState()} siteUrl={env().siteUrl} />
}
