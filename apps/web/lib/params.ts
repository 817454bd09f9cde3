/**
 * Cache Components require `generateStaticParams` to return at least one value. The storefront
 * prerenders no content at build time (see next.config.ts), so each dynamic route lists only this
 * placeholder, which no valid slug or page number matches: it renders as a 404 without reading
 * the Content Lake. Real pages render on their first request and are cached from then on.
 */
export const PRERENDER_PLACEHOLDER = '_'

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** A slug as the Studio makes them; anything else is a 404 without a query to the lake. */
export function isSlug(value: string): boolean {
  return value.length <= 200 && SLUG.test(value)
}

/** A page number from the URL (1 and up, canonical form only), or null. */
export function parsePageNumber(value: string): number | null {
  if (!/^[1-9][0-9]{0,5}$/.test(value)) return null
  return Number(value)
}
