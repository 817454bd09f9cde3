import sharp, { type Metadata } from 'sharp'
import { LakeError, badRequest } from '../errors'
import { IMAGE_FORMATS } from './ids'
import type { AssetLimits } from './limits'

/** What the header of an accepted image says. */
export interface ImageHeader {
  width: number
  height: number
  /** sharp's format name (`jpeg`, `png`, ...). */
  format: string
  ext: string
  mimeType: string
  hasAlpha: boolean
}

/** 422-style refusal of bytes that are not a usable image, in Sanity's error shape. */
export const invalidImage = (description: string): LakeError =>
  new LakeError(400, 'invalidImageError', description)

/**
 * Reads only the image header (no pixel decoding) and refuses anything that is not a supported image or
 * whose pixel count exceeds the limit, so a small file that would inflate to gigabytes is never decoded.
 */
export async function probeImage(bytes: Buffer, limits: AssetLimits): Promise<ImageHeader> {
  let meta: Metadata
  try {
    // limitInputPixels: false here because the header check below gives the clearer error.
    meta = await sharp(bytes, { limitInputPixels: false }).metadata()
  } catch {
    throw invalidImage('The uploaded file is not an image in a supported format')
  }
  const known = meta.format ? IMAGE_FORMATS[meta.format] : undefined
  const width = meta.autoOrient.width
  const height = meta.autoOrient.height
  if (!known || !width || !height) throw badRequest('The uploaded file is not a supported image')
  if (width * height > limits.maxInputPixels) {
    throw new LakeError(
      413,
      'imageTooLarge',
      `Image is ${width}x${height} (${width * height} pixels); the limit is ${limits.maxInputPixels} pixels`,
    )
  }
  return {
    width,
    height,
    format: meta.format ?? '',
    ext: known.ext,
    mimeType: known.mime,
    hasAlpha: meta.hasAlpha,
  }
}
