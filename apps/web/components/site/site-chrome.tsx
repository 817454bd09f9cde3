import { Suspense, type ReactNode } from 'react'
import { BannerPlaceholder } from '@/components/deal-banner/banner-placeholder'
import { DealBanner } from '@/components/deal-banner/deal-banner'
import { FooterView, SiteFooter } from './site-footer'
import { SiteHeader, SiteHeaderFallback } from './site-header'
import { DEFAULT_SITE_TITLE } from './site-defaults'
import styles from './site.module.css'

/**
 * Everything around a page: skip link, deal bar, header, main, footer. The Suspense boundaries
 * only matter on pages rendered per request (e.g. a deal about to change): cached pages are sent
 * complete.
 */
export function SiteChrome({ children }: { children: ReactNode }) {
  return (
    <>
      <a href="#main" className={styles.skip}>
        Skip to content
      </a>
      {/* The inner boundary lets `next build` (which reads no content) leave the placeholder out. */}
      <Suspense
        fallback={
          <Suspense fallback={null}>
            <BannerPlaceholder />
          </Suspense>
        }
      >
        <DealBanner />
      </Suspense>
      <Suspense fallback={<SiteHeaderFallback />}>
        <SiteHeader />
      </Suspense>
      <main id="main" tabIndex={-1} className={styles.main}>
        {children}
      </main>
      <Suspense fallback={<FooterView title={DEFAULT_SITE_TITLE} text={null} />}>
        <SiteFooter />
      </Suspense>
    </>
  )
}
