/**
 * The public URL of an article on the storefront, or undefined when it has no usable slug.
 * The slug is encoded so an odd value can never change the path or add a query.
 */
export function articleUrl(siteUrl: string, slug: unknown): string | undefined {
  if (typeof slug !== 'string' || slug.trim() === '') return undefined
  const base = siteUrl.replace(/\/+$/, '')
  return `${base}/blog/${encodeURIComponent(slug.trim())}`
}
