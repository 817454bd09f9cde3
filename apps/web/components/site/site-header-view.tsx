import type { NavItem } from '@repo/content/view-models'
import Link from 'next/link'
import { SearchBox } from '@/components/search/search-box'
import { anchorProps } from '@/lib/links'
import styles from './site.module.css'

/** The shop's name and its navigation. */
export function SiteHeaderView({
  title,
  navigation,
  siteUrl,
}: {
  title: string
  navigation: NavItem[]
  siteUrl: string
}) {
  return (
    <header className={styles.header}>
      <div className={styles.headerInner}>
        <Link href="/" className={styles.brand}>
          {title}
        </Link>
        <nav aria-label="Main" className={styles.navArea}>
          <ul className={styles.nav}>
            {navigation.map((item) => {
              const props = anchorProps(item.href, siteUrl)
              return props ? (
                <li key={`${item.label}${item.href}`}>
                  <a {...props}>{item.label}</a>
                </li>
              ) : null
            })}
          </ul>
        </nav>
        <div className={styles.search}>
          <SearchBox id="site-search" />
        </div>
      </div>
    </header>
  )
}
