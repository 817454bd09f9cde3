import { createImageUrlBuilder } from '@sanity/image-url'
import type { ImageView } from '@repo/content/view-models'
import { env } from '@/env'

let builder: ReturnType<typeof createImageUrlBuilder> | undefined

function images() {
  const { projectId, dataset, apiHost, localMode } = env()
  // The local lake serves assets from its own origin; Sanity's from its image CDN (the default).
  builder ??= createImageUrlBuilder({
    projectId,
    dataset,
    ...(localMode && apiHost ? { baseUrl: apiHost } : {}),
  })
  return builder
}

/** A CDN URL for the image at the given width (height follows the aspect ratio). */
export function imageUrl(image: ImageView, width: number): string {
  return images().image(image.assetRef).width(width).fit('max').auto('format').url()
}

/** The rendered height for `width`, when the asset's size is known. */
export function scaledHeight(image: ImageView, width: number): number | undefined {
  if (!image.width || !image.height) return undefined
  return Math.round((image.height / image.width) * width)
}
