import type { SitemapResult } from '../schemas/results'
import type { SitemapEntries } from '../view-models'
import { toImageView } from './image'

/** The sitemap's entries; images without an asset are left out. */
export function toSitemapEntries(raw: SitemapResult): SitemapEntries {
  return {
    articles: raw.articles.map((article) => {
      const images = article.images.flatMap((image) => {
        const view = toImageView(image)
        return view ? [view] : []
      })
      // The hero image is often the share image too: list each asset once.
      const unique = images.filter(
        (image, index) => images.findIndex((other) => other.assetRef === image.assetRef) === index,
      )
      return { slug: article.slug, updatedAt: article._updatedAt, images: unique }
    }),
    categories: raw.categories.map((category) => ({
      slug: category.slug,
      updatedAt: category._updatedAt,
    })),
    dealsUpdatedAt: raw.dealsUpdatedAt,
  }
}
