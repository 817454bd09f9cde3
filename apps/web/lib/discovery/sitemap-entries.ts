import type { SitemapEntries } from '@repo/content/view-models'
import type { MetadataRoute } from 'next'
import { DEALS_PATH } from '@/components/deal-banner/deal-banner-view'

/** Newest of some ISO times (undefined when there are none). */
function newest(times: (string | null | undefined)[]): string | undefined {
  const parsed = times.map((time) => (time ? Date.parse(time) : NaN)).filter(Number.isFinite)
  return parsed.length > 0 ? new Date(Math.max(...parsed)).toISOString() : undefined
}

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
}

/** Next writes sitemap URLs into the XML as they are, so an image URL's `&` would break it. */
const xmlText = (url: string) => url.replace(/[&<>"']/g, (char) => XML_ESCAPES[char] ?? char)

/**
 * The sitemap: home, every published article (with its images) and category, and the deals
 * page, each with `lastmod` from the content's `_updatedAt` (never the time of the request).
 */
export function toSitemap(
  entries: SitemapEntries,
  siteUrl: string,
  imageUrl: (image: SitemapEntries['articles'][number]['images'][number]) => string,
): MetadataRoute.Sitemap {
  const latestArticle = newest(entries.articles.map((article) => article.updatedAt))
  return [
    { url: xmlText(`${siteUrl}/`), ...(latestArticle ? { lastModified: latestArticle } : {}) },
    ...entries.articles.map((article) => ({
      url: xmlText(`${siteUrl}/blog/${article.slug}`),
      lastModified: article.updatedAt,
      ...(article.images.length > 0
        ? { images: article.images.map((image) => xmlText(imageUrl(image))) }
        : {}),
    })),
    ...entries.categories.map((category) => ({
      url: xmlText(`${siteUrl}/category/${category.slug}`),
      lastModified: category.updatedAt,
    })),
    {
      url: xmlText(`${siteUrl}${DEALS_PATH}`),
      ...(entries.dealsUpdatedAt ? { lastModified: entries.dealsUpdatedAt } : {}),
    },
  ]
}
