import type { ImageView } from '../view-models'

// Sanity image asset ids carry the pixel size: image-<hash>-<width>x<height>-<format>.
const ASSET_ID = /^image-[A-Za-z0-9]+-(\d+)x(\d+)-[a-z0-9]+$/

/** What an image projection or image block carries, as the queries return it. */
export interface RawImage {
  assetRef?: string | null
  alt?: string | null
  lqip?: string | null
  hotspot?: ImageView['hotspot'] | null
  crop?: ImageView['crop'] | null
}

/** An image view from an asset reference, or null when no asset is set (an unfinished upload). */
export function toImageView(raw: RawImage | null | undefined): ImageView | null {
  const assetRef = raw?.assetRef
  if (!assetRef) return null
  const size = ASSET_ID.exec(assetRef)
  return {
    assetRef,
    // The Studio requires alt text once an asset is set; an empty one renders as decorative.
    alt: raw.alt?.trim() ?? '',
    width: size?.[1] ? Number(size[1]) : null,
    height: size?.[2] ? Number(size[2]) : null,
    lqip: raw.lqip?.startsWith('data:image/') ? raw.lqip : null,
    hotspot: pick(raw.hotspot, ['x', 'y', 'width', 'height']),
    crop: pick(raw.crop, ['top', 'bottom', 'left', 'right']),
  }
}

// Only the numeric fields: image blocks in a body also carry `_type` on hotspot and crop.
function pick<K extends string>(
  value: Record<K, number> | null | undefined,
  keys: readonly K[],
): Record<K, number> | null {
  if (!value) return null
  const out = {} as Record<K, number>
  for (const key of keys) out[key] = value[key]
  return out
}
