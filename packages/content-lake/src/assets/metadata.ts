import sharp, { type Sharp } from 'sharp'
import type { JsonObject } from '../json'
import { paletteOf } from './palette'
import { invalidImage, type ImageHeader } from './probe'
import type { AssetLimits } from './limits'

/** Width of the LQIP thumbnail: Sanity's are about 20 px wide JPEGs inlined as base64 data URLs. */
const LQIP_WIDTH = 20

/**
 * Decodes the image once (so a truncated or corrupt file is refused here, not on first view) and builds
 * Sanity's `sanity.imageMetadata`: dimensions, lqip, hasAlpha, isOpaque and a palette.
 */
export async function imageMetadata(
  bytes: Buffer,
  header: ImageHeader,
  limits: AssetLimits,
): Promise<JsonObject> {
  const input = (): Sharp =>
    sharp(bytes, { limitInputPixels: limits.maxInputPixels, failOn: 'warning' }).autoOrient()
  try {
    const [lqip, stats, thumb] = await Promise.all([
      input()
        .resize(LQIP_WIDTH)
        .flatten({ background: '#ffffff' })
        .jpeg({ quality: 60 })
        .toBuffer(),
      input().stats(),
      input().resize(24, 24, { fit: 'inside' }).ensureAlpha().raw().toBuffer(),
    ])
    return {
      _type: 'sanity.imageMetadata',
      dimensions: {
        _type: 'sanity.imageDimensions',
        width: header.width,
        height: header.height,
        aspectRatio: header.width / header.height,
      },
      lqip: `data:image/jpeg;base64,${lqip.toString('base64')}`,
      hasAlpha: header.hasAlpha,
      isOpaque: stats.isOpaque,
      palette: paletteOf(thumb, 4),
    }
  } catch {
    throw invalidImage('The image could not be decoded: the file is truncated or corrupt')
  }
}
