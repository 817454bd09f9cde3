import { nowIso, randomId } from '../ids'
import type { JsonObject } from '../json'
import type { BlobStore } from './blobs'
import {
  extensionOf,
  fileAssetId,
  fileFileName,
  imageAssetId,
  imageFileName,
  sha1Hex,
  type AssetKind,
} from './ids'
import type { AssetLimits } from './limits'
import { imageMetadata } from './metadata'
import { probeImage } from './probe'

/** The upload options `@sanity/client`'s `assets.upload` and the Studio send as query parameters. */
export interface UploadOptions {
  filename?: string
  label?: string
  title?: string
  description?: string
  creditLine?: string
  source?: { id: string; name: string; url?: string }
  /** Metadata to extract (`meta=lqip&meta=palette`); `none` for only the basics. Default: lqip, palette. */
  meta?: string[]
  contentType?: string
}

/** Where an asset lives: project and dataset for its path and URL, the origin its URL points at. */
export interface AssetTarget {
  projectId: string
  dataset: string
  origin: string
}

/** A validated asset ready to commit: the document content (no system fields yet) and its id. */
export interface PreparedAsset {
  id: string
  document: JsonObject
}

/**
 * Validates bytes as an image or file asset, stores them content-addressed (the same bytes always land
 * in the same file, so a repeated upload stores nothing new) and builds the asset document Sanity would.
 */
export async function prepareAsset(
  kind: AssetKind,
  bytes: Buffer,
  options: UploadOptions,
  target: AssetTarget,
  blobs: BlobStore,
  limits: AssetLimits,
): Promise<PreparedAsset> {
  const sha1 = sha1Hex(bytes)
  if (kind === 'image') {
    const header = await probeImage(bytes, limits)
    const name = imageFileName(sha1, header.width, header.height, header.ext)
    const metadata = await imageMetadata(bytes, header, limits)
    trimMetadata(metadata, options.meta)
    blobs.put(target.dataset, 'images', name, bytes)
    const id = imageAssetId(sha1, header.width, header.height, header.ext)
    return {
      id,
      document: base('sanity.imageAsset', id, sha1, bytes, options, target, {
        path: `images/${target.projectId}/${target.dataset}/${name}`,
        extension: header.ext,
        mimeType: header.mimeType,
        metadata,
      }),
    }
  }
  const ext = extensionOf(options.filename, 'bin')
  const name = fileFileName(sha1, ext)
  blobs.put(target.dataset, 'files', name, bytes)
  const id = fileAssetId(sha1, ext)
  return {
    id,
    document: base('sanity.fileAsset', id, sha1, bytes, options, target, {
      path: `files/${target.projectId}/${target.dataset}/${name}`,
      extension: ext,
      mimeType: options.contentType ?? 'application/octet-stream',
    }),
  }
}

function base(
  type: string,
  id: string,
  sha1: string,
  bytes: Buffer,
  options: UploadOptions,
  target: AssetTarget,
  fields: { path: string; extension: string; mimeType: string; metadata?: JsonObject },
): JsonObject {
  const doc: JsonObject = {
    _id: id,
    _type: type,
    _createdAt: nowIso(),
    assetId: sha1,
    sha1hash: sha1,
    extension: fields.extension,
    mimeType: fields.mimeType,
    size: bytes.length,
    uploadId: randomId(32),
    path: fields.path,
    url: `${target.origin}/${fields.path}`,
    originalFilename: options.filename ?? `${sha1}.${fields.extension}`,
  }
  if (fields.metadata) doc.metadata = fields.metadata
  for (const key of ['label', 'title', 'description', 'creditLine'] as const) {
    const value = options[key]
    if (value !== undefined) doc[key] = value
  }
  if (options.source) {
    const { id: sourceId, name, url } = options.source
    doc.source = url ? { id: sourceId, name, url } : { id: sourceId, name }
  }
  return doc
}

/** Drops the optional metadata that `meta` did not ask for, as Sanity does. */
function trimMetadata(metadata: JsonObject, meta: string[] | undefined): void {
  if (!meta) return
  if (!meta.includes('lqip')) delete metadata.lqip
  if (!meta.includes('palette')) delete metadata.palette
}
