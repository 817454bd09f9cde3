import type { ImageView } from '@repo/content/view-models'
import type { Metadata } from 'next'
import { SHARE_SIZE, shareImageUrl } from '@/lib/images'

/** Open Graph images and a large Twitter card for one share image (1200×630, hotspot respected). */
export function shareImages(image: ImageView | null): {
  og: NonNullable<Metadata['openGraph']>['images']
  twitter: Metadata['twitter']
} {
  if (!image) return { og: undefined, twitter: { card: 'summary' } }
  const url = shareImageUrl(image)
  return {
    og: [{ url, ...SHARE_SIZE, alt: image.alt, type: 'image/jpeg' }],
    twitter: { card: 'summary_large_image', images: [{ url, alt: image.alt }] },
  }
}

/** The site's default share image (siteSettings) as page metadata, for pages without their own. */
export function defaultShareMetadata(image: ImageView | null): Metadata {
  const { og, twitter } = shareImages(image)
  return og ? { openGraph: { images: og }, twitter } : {}
}
