import type { Article, ImageView } from '@repo/content/view-models'
import type { Metadata } from 'next'
import { shareImages } from '@/lib/share-image'

/**
 * Title, description, canonical URL, Open Graph (an article) and a Twitter card, with the SEO image, else
 * the hero, else the site's default share image, cropped to 1200×630 around its hotspot.
 */
export function articleMetadata(article: Article, siteDefault: ImageView | null = null): Metadata {
  const { title, description } = article.seo
  const { og, twitter } = shareImages(article.seo.image ?? article.heroImage ?? siteDefault)
  const canonical = `/blog/${article.slug}`
  return {
    title,
    description,
    alternates: { canonical },
    openGraph: {
      type: 'article',
      title,
      description,
      url: canonical,
      publishedTime: article.publishedAt,
      modifiedTime: article.updatedAt,
      authors: article.author ? [article.author.name] : undefined,
      images: og,
    },
    twitter: { ...twitter, title, description },
  }
}
