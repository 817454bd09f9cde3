import { queryTags } from '@repo/content/cache-tags'

/**
 * The cache tags a response depends on, for a caching proxy in front of the storefront (the
 * `xkey` header, see deploy/varnish): the webhook purges the proxy by the same tags it expires in
 * Next. Next does not send a page's tags itself, so they are worked out from the path with the
 * loaders' own `queryTags`. Every page shows the site chrome (settings, deal bar); an unknown path
 * gets every list tag, so no page can be left unpurged.
 */

const chrome = () => [...queryTags.siteSettings(), ...queryTags.deals()]

const everything = () => [
  ...chrome(),
  ...queryTags.articleList(),
  ...queryTags.categoryList(),
  ...queryTags.sitemap(),
]

function decoded(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment)
  } catch {
    return undefined
  }
}

function pageTags(segments: string[]): string[] {
  const [first = '', second = ''] = segments
  const slug = decoded(second)
  switch (first) {
    case '':
    case 'page':
      return queryTags.articleList()
    case 'blog':
      // The comments count and list expire with `article:<slug>` (see tagsForDocument).
      return slug === undefined
        ? everything()
        : [...queryTags.article(slug), ...queryTags.relatedArticles()]
    case 'category':
      return slug === undefined
        ? everything()
        : [...queryTags.category(slug), ...queryTags.categoryList()]
    case 'deals':
      return queryTags.deals()
    case 'search':
      return queryTags.search()
    case 'feed.xml':
    case 'atom.xml':
      return queryTags.feed()
    case 'sitemap.xml':
      return queryTags.sitemap()
    default:
      return everything()
  }
}

/**
 * A tag as one `xkey` token: the proxy splits on spaces and commas, and a header carries ASCII
 * only, so anything else is percent-encoded (the purge encodes the same way).
 */
export const surrogateKey = (tag: string) =>
  tag.replace(/[^\x21-\x7e]|,/gu, (character) => encodeURIComponent(character))

/** The space-separated `xkey` value for a page's path (duplicates removed). */
export function surrogateKeys(pathname: string): string {
  const segments = pathname.split('/').slice(1)
  return [...new Set([...chrome(), ...pageTags(segments)].map(surrogateKey))].join(' ')
}

/** Built assets, route handlers and content-addressed lake files are never purged by tag. */
export function carriesSurrogateKeys(method: string, pathname: string): boolean {
  if (method !== 'GET' && method !== 'HEAD') return false
  return !/^\/(api|lake|_next)\//.test(pathname)
}
