import { createHash } from 'node:crypto'

/** The kinds of asset Sanity stores. */
export type AssetKind = 'image' | 'file'

/** Image formats the lake accepts as images, by sharp's format name, with the extension Sanity uses. */
export const IMAGE_FORMATS: Readonly<Record<string, { ext: string; mime: string }>> = {
  jpeg: { ext: 'jpg', mime: 'image/jpeg' },
  png: { ext: 'png', mime: 'image/png' },
  webp: { ext: 'webp', mime: 'image/webp' },
  gif: { ext: 'gif', mime: 'image/gif' },
  avif: { ext: 'avif', mime: 'image/avif' },
  heif: { ext: 'heif', mime: 'image/heif' },
  tiff: { ext: 'tif', mime: 'image/tiff' },
  svg: { ext: 'svg', mime: 'image/svg+xml' },
}

/** The content hash Sanity names assets by. */
export function sha1Hex(bytes: Buffer): string {
  return createHash('sha1').update(bytes).digest('hex')
}

/** `image-<sha1>-<w>x<h>-<ext>`, Sanity's image asset document id. */
export function imageAssetId(sha1: string, width: number, height: number, ext: string): string {
  return `image-${sha1}-${width}x${height}-${ext}`
}

/** `file-<sha1>-<ext>`, Sanity's file asset document id. */
export function fileAssetId(sha1: string, ext: string): string {
  return `file-${sha1}-${ext}`
}

/** The stored file name of an image: `<sha1>-<w>x<h>.<ext>` (as in Sanity's CDN URLs and exports). */
export function imageFileName(sha1: string, width: number, height: number, ext: string): string {
  return `${sha1}-${width}x${height}.${ext}`
}

/** The stored file name of a file asset: `<sha1>.<ext>`. */
export function fileFileName(sha1: string, ext: string): string {
  return `${sha1}.${ext}`
}

const IMAGE_FILE = /^([a-f0-9]{40})-(\d{1,5})x(\d{1,5})\.([a-z0-9]{1,5})$/
const FILE_FILE = /^([a-f0-9]{40})\.([a-z0-9]{1,10})$/

/** The parts of an image URL's file name; undefined for anything else (path tricks included). */
export function parseImageFileName(
  name: string,
): { sha1: string; width: number; height: number; ext: string; id: string } | undefined {
  const match = IMAGE_FILE.exec(name)
  if (!match?.[1] || !match[2] || !match[3] || !match[4]) return undefined
  const [sha1, width, height, ext] = [match[1], Number(match[2]), Number(match[3]), match[4]]
  return { sha1, width, height, ext, id: imageAssetId(sha1, width, height, ext) }
}

/** The parts of a file URL's file name; undefined for anything else. */
export function parseFileFileName(
  name: string,
): { sha1: string; ext: string; id: string } | undefined {
  const match = FILE_FILE.exec(name)
  if (!match?.[1] || !match[2]) return undefined
  return { sha1: match[1], ext: match[2], id: fileAssetId(match[1], match[2]) }
}

/** A file extension from an upload's file name, lowercased and limited to safe characters. */
export function extensionOf(filename: string | undefined, fallback: string): string {
  const match = /\.([A-Za-z0-9]{1,10})$/.exec(filename ?? '')
  return match?.[1] ? match[1].toLowerCase() : fallback
}
