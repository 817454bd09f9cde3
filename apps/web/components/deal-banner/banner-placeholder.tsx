import { loadDealForShell } from '@/lib/loaders/site'
import styles from './deal-banner.module.css'

/**
 * What a page shows where the banner goes while the banner itself is rendered per request (only
 * in the minutes around a deal's start or end; otherwise the banner is part of the cached page).
 * When a deal was live as the page was cached, it holds the banner's height, so the banner
 * arriving a moment later moves nothing. Its cache lifetime also makes the page fully cached
 * again right after the boundary.
 */
export async function BannerPlaceholder() {
  return (await loadDealForShell()) ? (
    <div className={styles.placeholder} aria-hidden="true" />
  ) : null
}
