import { env } from '@/env'
import { loadSiteSettings } from '@/lib/loaders/site'
import { SiteHeaderView } from './site-header-view'
import { DEFAULT_NAVIGATION, DEFAULT_SITE_TITLE } from './site-defaults'

/** The header with the title and navigation from site settings (defaults when they are missing). */
export async function SiteHeader() {
  const result = await loadSiteSettings()
  const settings = result.ok ? result.data : null
  const navigation =
    settings && settings.navigation.length > 0 ? settings.navigation : DEFAULT_NAVIGATION
  return (
    <SiteHeaderView
      title={settings?.title ?? DEFAULT_SITE_TITLE}
      navigation={navigation}
      siteUrl={env().siteUrl}
    />
  )
}

/** Shown while the header's settings load (only on pages rendered per request). */
export function SiteHeaderFallback() {
  return (
    <SiteHeaderView
      title={DEFAULT_SITE_TITLE}
      navigation={DEFAULT_NAVIGATION}
      siteUrl={env().siteUrl}
    />
  )
}
