import type { DealsPage } from '@repo/content/view-models'
import Link from 'next/link'
import { DealCard } from './deal-card'
import styles from './deals.module.css'

/** Live deals, then announced ones; a clear message when there are none. */
export function DealsList({ deals, siteUrl }: { deals: DealsPage; siteUrl: string }) {
  return (
    <>
      <section aria-labelledby="live-deals">
        <h2 id="live-deals">Live now</h2>
        {deals.live.length > 0 ? (
          <ul className={styles.list}>
            {deals.live.map((deal) => (
              <DealCard key={deal.id} deal={deal} siteUrl={siteUrl} />
            ))}
          </ul>
        ) : (
          <p className={styles.empty} data-empty-deals>
            There are no deals running right now. New ones appear here the moment they start;
            meanwhile, <Link href="/">read our latest articles</Link>.
          </p>
        )}
      </section>
      {deals.upcoming.length > 0 && (
        <section aria-labelledby="upcoming-deals">
          <h2 id="upcoming-deals">Coming soon</h2>
          <ul className={styles.list}>
            {deals.upcoming.map((deal) => (
              <DealCard key={deal.id} deal={deal} siteUrl={siteUrl} />
            ))}
          </ul>
        </section>
      )}
    </>
  )
}
