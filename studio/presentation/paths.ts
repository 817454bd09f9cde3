/** Storefront paths the preview opens; slugs are encoded so an odd value never changes the path. */
export const HOME_PATH = '/'
export const DEALS_PATH = '/deals'

const slugPath = (prefix: string, slug: unknown) =>
  typeof slug === 'string' && slug.trim() !== ''
    ? `${prefix}/${encodeURIComponent(slug.trim())}`
    : undefined

/** An article's page, or undefined without a usable slug. */
export const articlePath = (slug: unknown): string | undefined => slugPath('/blog', slug)

/** A category's page, or undefined without a usable slug. */
export const categoryPath = (slug: unknown): string | undefined => slugPath('/category', slug)
