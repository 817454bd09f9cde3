import type { DealTerms } from '@repo/content/view-models'
import { dealText } from '@/components/deal-banner/deal-text'
import { anchorProps } from '@/lib/links'
import { DealTime } from './deal-time'
import styles from './deals.module.css'

/** One deal's full terms: what, where and when. */
export function DealCard({ deal, siteUrl }: { deal: DealTerms; siteUrl: string }) {
  const link = anchorProps(deal.href, siteUrl)
  return (
    <li className={styles.card}>
      <h3 className={styles.title}>{dealText(deal)}</h3>
      <dl className={styles.terms}>
        <dt>Where</dt>
        <dd>{link ? <a {...link}>{deal.href}</a> : 'Everything in the shop'}</dd>
        <dt>Starts</dt>
        <dd>{deal.startsAt ? <DealTime iso={deal.startsAt} /> : 'Already running'}</dd>
        <dt>Ends</dt>
        <dd>{deal.endsAt ? <DealTime iso={deal.endsAt} /> : 'Until further notice'}</dd>
      </dl>
    </li>
  )
}
