import type { Article } from '@repo/content/view-models'
import type { Metadata } from 'next'
import { imageUrl, scaledHeight } from '@/lib/images'

const SHARE_WIDTH = 1200

/** Title, description, canonical URL and Open Graph (an article, with its image when set). */
export function articleMetadata(article: Article): Metadata {
  const { title, description } = article.seo
  const image = article.seo.image ?? article.heroImage
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
      images: image
        ? [
            {
              url: imageUrl(image, SHARE_WIDTH),
              width: SHARE_WIDTH,
              height: scaledHeight(image, SHARE_WIDTH),
              alt: image.alt,
            },
          ]
        : undefined,
    },
  }
}
