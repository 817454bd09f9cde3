import type { ImageView } from '../view-models'

// Sanity image asset ids carry the pixel size: image-<hash>-<width>x<height>-<format>.
const ASSET_ID = /^image-[A-Za-z0-9]+-(\d+)x(\d+)-[a-z0-9]+$/

/** An image view from an asset reference, or null when no asset is set (an unfinished upload). */
export function toImageView(
  assetRef: string | null | undefined,
  alt: string | null | undefined,
): ImageView | null {
  if (!assetRef) return null
  const size = ASSET_ID.exec(assetRef)
  return {
    assetRef,
    // The Studio requires alt text once an asset is set; an empty one renders as decorative.
    alt: alt?.trim() ?? '',
    width: size?.[1] ? Number(size[1]) : null,
    height: size?.[2] ? Number(size[2]) : null,
  }
}
