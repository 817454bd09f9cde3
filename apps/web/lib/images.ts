import { createImageUrlBuilder } from '@sanity/image-url'
import type { ImageView } from '@repo/content/view-models'
import type { CSSProperties } from 'react'
import { env } from '@/env'
import { LAKE_ASSET_PATH } from '@/lib/lake-assets'

let builder: ReturnType<typeof createImageUrlBuilder> | undefined

function images() {
  const { projectId, dataset, localMode, siteUrl } = env()
  // Sanity's images come from its image CDN (the default). The local lake's come through this site's
  // own origin (app/lake), because browsers do not trust the lake's self-signed certificate.
  builder ??= createImageUrlBuilder({
    projectId,
    dataset,
    ...(localMode ? { baseUrl: `${siteUrl}${LAKE_ASSET_PATH}` } : {}),
  })
  return builder
}

/** The source @sanity/image-url needs: the asset with the editor's hotspot and crop. */
function source(image: ImageView) {
  return {
    asset: { _ref: image.assetRef },
    ...(image.hotspot ? { hotspot: image.hotspot } : {}),
    ...(image.crop ? { crop: image.crop } : {}),
  }
}

/** A CDN URL at `width`; with `aspect` (width/height) cropped around the hotspot to that shape. */
export function imageUrl(image: ImageView, width: number, aspect?: number): string {
  const base = images().image(source(image)).width(width).auto('format')
  return aspect
    ? base
        .height(Math.round(width / aspect))
        .fit('crop')
        .url()
    : base.fit('max').url()
}

/** The rendered height for `width`, when the asset's size is known. */
export function scaledHeight(image: ImageView, width: number): number | undefined {
  if (!image.width || !image.height) return undefined
  return Math.round((image.height / image.width) * width)
}

/** Everything an `<img>` needs to be responsive and keep its box before it loads. */
export interface ResponsiveImage {
  src: string
  srcSet: string
  sizes: string
  width: number
  height: number
}

/**
 * `src`, `srcSet` (widths up to the asset's own, never upscaled), `sizes` and the intrinsic width and
 * height for an image displayed at up to `displayWidth` CSS pixels. One resize pipeline: the CDN's.
 */
export function responsiveImage(
  image: ImageView,
  { displayWidth, sizes, aspect }: { displayWidth: number; sizes: string; aspect?: number },
): ResponsiveImage {
  const ratio = aspect ?? (image.width && image.height ? image.width / image.height : 16 / 9)
  const largest = image.width ?? displayWidth * 2
  const candidates = [320, 480, 640, 800, 960, 1200, 1600, 2000].filter((w) => w <= largest)
  const widths = candidates.length > 0 ? candidates : [largest]
  return {
    src: imageUrl(image, Math.min(displayWidth, largest), aspect),
    srcSet: widths.map((w) => `${imageUrl(image, w, aspect)} ${w}w`).join(', '),
    sizes,
    width: displayWidth,
    height: Math.round(displayWidth / ratio),
  }
}

/** The LQIP as the image's own background, so its box shows a blurred preview until the pixels arrive. */
export function placeholderStyle(image: ImageView): CSSProperties | undefined {
  if (!image.lqip) return undefined
  return {
    backgroundImage: `url("${image.lqip}")`,
    backgroundSize: 'cover',
    backgroundPosition: 'center',
  }
}

/** Open Graph / Twitter size: 1200×630 JPEG (every crawler reads JPEG), cropped around the hotspot. */
export const SHARE_SIZE = { width: 1200, height: 630 } as const

/** The share image URL for an image, cropped to 1200×630 around its hotspot. */
export function shareImageUrl(image: ImageView): string {
  return images()
    .image(source(image))
    .width(SHARE_SIZE.width)
    .height(SHARE_SIZE.height)
    .fit('crop')
    .format('jpg')
    .url()
}
