import type { Metadata } from 'next'
import { Suspense } from 'react'
import { DealsList } from '@/components/deals/deals-list'
import { NotFoundPage } from '@/components/site/not-found-page'
import { env } from '@/env'
import { loadDealsPage } from '@/lib/loaders/discovery'
import { previewClock } from '@/lib/preview/preview-clock'
import { PRERENDER_PLACEHOLDER } from '@/lib/params'
import styles from '../../page/[n]/list.module.css'

/** `/deals` is rewritten here (next.config.ts), like `/` to `/page/1`: see generateStaticParams. */
export const DEALS_VIEW = 'live'

type Props = { params: Promise<{ view: string }> }

// Rendered on its first request and cached whole, never prerendered at build (which reads no content).
export function generateStaticParams() {
  return [{ view: PRERENDER_PLACEHOLDER }]
}

export const metadata: Metadata = {
  title: 'Deals',
  description: 'Every deal running in the shop now, with its terms, and the ones coming soon.',
  alternates: { canonical: '/deals' },
}

/**
 * The deals, read from a cache that expires at the next deal start or end (like the banner). The
 * Suspense boundary only matters within minutes of a boundary, when Next renders this part per
 * request; otherwise it is part of the cached page. A preview viewing another time lists the
 * deals as they stand then.
 */
async function Deals() {
  const clock = await previewClock()
  const result = await (clock ? loadDealsPage(clock.now) : loadDealsPage())
  // A broken deals document was logged by the content client; shoppers see no deal, not an error.
  const deals = result.ok ? result.data : { live: [], upcoming: [], nextChangeAt: null }
  return <DealsList deals={deals} siteUrl={env().siteUrl} />
}

/** The page the deal banner links to: what each deal gives, where it applies and until when. */
export default async function DealsPage({ params }: Props) {
  if ((await params).view !== DEALS_VIEW) return <NotFoundPage />
  return (
    <div className={styles.page}>
      <h1 className={styles.heading}>Deals</h1>
      <p className={styles.intro}>Times are shown in your time zone.</p>
      <Suspense fallback={<p>Loading the deals…</p>}>
        <Deals />
      </Suspense>
    </div>
  )
}
