import type { NavItem } from '@repo/content/view-models'

/** Used until site settings load, or when they cannot be read. */
export const DEFAULT_SITE_TITLE = 'Stride & Strength Journal'
export const DEFAULT_SITE_DESCRIPTION = 'Health and fitness articles from the shop.'
export const DEFAULT_NAVIGATION: NavItem[] = [{ label: 'Articles', href: '/' }]
