import type { Deal } from '@repo/content/view-models'

/** Where a dismissal is remembered (localStorage) and mirrored (an attribute on <html>). */
export const DISMISSED_STORAGE_KEY = 'deal-dismissed'
export const DISMISSED_ATTRIBUTE = 'data-deal-dismissed'
export const BANNER_ID = 'deal-banner'

const SAFE_KEY = /^[A-Za-z0-9._:-]{1,200}$/

/**
 * The dismissal key of a deal: its id and revision, so an edited deal shows again.
 * `null` when the key could not be embedded safely in CSS (then the banner is not dismissible).
 */
export function dismissalKey(deal: Pick<Deal, 'id' | 'revision'>): string | null {
  const key = `${deal.id}:${deal.revision}`
  return SAFE_KEY.test(key) ? key : null
}

/** The CSS that hides this deal's banner once <html> carries its dismissal key. */
export function hiddenWhenDismissedCss(key: string): string {
  return `:root[${DISMISSED_ATTRIBUTE}="${key}"] #${BANNER_ID}{display:none}`
}

/**
 * Runs in <head> before the page paints: copies a remembered dismissal onto <html>, so a
 * dismissed banner never flashes and the page never shifts.
 */
export const RESTORE_DISMISSAL_SCRIPT = `try{var k=localStorage.getItem(${JSON.stringify(DISMISSED_STORAGE_KEY)});if(k)document.documentElement.setAttribute(${JSON.stringify(DISMISSED_ATTRIBUTE)},k)}catch(e){}`
