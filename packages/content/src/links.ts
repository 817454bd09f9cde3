/**
 * Link safety shared by the Studio's validation, the zod schemas and the storefront.
 * Only http(s), mailto and site-relative targets are allowed; everything else
 * (javascript:, data:, protocol-relative //host, vbscript:, ...) is rejected.
 */

// Control characters (\p{Cc}: U+0000-U+001F, U+007F-U+009F) and spaces never belong in a real
// link and are a classic way to smuggle `java\tscript:` past a check.
const CONTROL_OR_SPACE = /[\p{Cc} ]/u

/** True when `href` is an http(s) URL, a mailto: address or a site-relative path. */
export function isSafeHref(href: string): boolean {
  if (href.length === 0 || href.length > 2048) return false
  if (CONTROL_OR_SPACE.test(href)) return false
  if (href.startsWith('/')) return !href.startsWith('//') && !href.startsWith('/\\')
  if (href.startsWith('#')) return true
  let url: URL
  try {
    url = new URL(href)
  } catch {
    return false
  }
  switch (url.protocol) {
    case 'http:':
    case 'https:':
      return url.hostname.length > 0
    case 'mailto:':
      return url.pathname.includes('@')
    default:
      return false
  }
}

/** The message an editor or a log reader sees for an unsafe link. */
export const UNSAFE_LINK_MESSAGE =
  'Links must start with http://, https://, mailto: or / (a page on this site)'
