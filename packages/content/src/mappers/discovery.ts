import type { DealTermsResult, SitemapResult } from '../schemas/results'
import type { DealTerms, SitemapEntries } from '../view-models'
import { toImageView } from './image'

/** A deal's terms for the deals page. */
export function toDealTerms(raw: DealTermsResult): DealTerms {
  return {
    id: raw._id,
    label: raw.label,
    message: raw.message,
    emoji: raw.emoji?.trim() || null,
    href: raw.link?.trim() || null,
    startsAt: raw.startsAt,
    endsAt: raw.endsAt,
  }
}

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
