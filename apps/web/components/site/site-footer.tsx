import { loadSiteSettings } from '@/lib/loaders/site'
import { DEFAULT_SITE_TITLE } from './site-defaults'
import styles from './site.module.css'

export function FooterView({ title, text }: { title: string; text: string | null }) {
  return (
    <footer className={styles.footer}>
      <p>{text ?? `© ${title}`}</p>
    </footer>
  )
}

/** The footer line from site settings. */
export async function SiteFooter() {
  const result = await loadSiteSettings()
  const settings = result.ok ? result.data : null
  return (
    <FooterView title={settings?.title ?? DEFAULT_SITE_TITLE} text={settings?.footer ?? null} />
  )
}
