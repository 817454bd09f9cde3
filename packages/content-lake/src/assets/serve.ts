import { createHash } from 'node:crypto'
import { notFound } from '../errors'
import type { RawResponse } from '../http/raw'
import type { LakeCore } from '../lake/core'
import { parseImageFileName } from './ids'
import { chooseFormat, mimeOf } from './transform/format'
import { parseTransform } from './transform/params'
import { renderVariant } from './transform/render'
import { isIdentity } from './transform/spec'

const IMMUTABLE = 'public, max-age=31536000, immutable'

/** A request for an image: the asset's URL file name, the query and the `Accept` header. */
export interface ImageRequest {
  dataset: string
  fileName: string
  search: URLSearchParams
  accept: string
  method: string
}

// Identical transforms requested at once (a page's srcset on first view) are rendered once.
const inFlight = new Map<string, Promise<Buffer>>()

/**
 * Serves an image or one of its variants. Only images whose asset document exists are served, so a
 * deleted asset stops being served at once; variants come from the bounded disk cache when present.
 */
export async function serveImage(core: LakeCore, request: ImageRequest, res: RawResponse) {
  const parsed = parseImageFileName(request.fileName)
  const state = core.datasets.get(request.dataset)
  if (!parsed || !state?.get(parsed.id)) throw notFound(`Image not found: ${request.fileName}`)
  const spec = parseTransform(request.search, core.assets.limits.maxOutputSide)
  const disposition = spec.download === undefined ? {} : attachment(spec.download, request.fileName)
  const original = () => core.assets.blobs.get(request.dataset, 'images', request.fileName)
  if (isIdentity(spec)) {
    const bytes = await original()
    if (!bytes) throw notFound(`Image not found: ${request.fileName}`)
    return send(res, request.method, bytes, mimeFor(parsed.ext), disposition)
  }
  const format = chooseFormat(spec, parsed.ext, request.accept)
  const key = createHash('sha1')
    .update(JSON.stringify([parsed.id, spec, format]))
    .digest('hex')
  // The original (megabytes) is read only to render a variant the cache does not have.
  const bytes = await variant(core, key, async () => {
    const source = await original()
    if (!source) throw notFound(`Image not found: ${request.fileName}`)
    return renderVariant(source, parsed, spec, format, core.assets.limits)
  })
  const vary: Record<string, string> = spec.autoFormat && !spec.format ? { vary: 'Accept' } : {}
  send(res, request.method, bytes, mimeOf(format), { ...vary, ...disposition })
}

async function variant(core: LakeCore, key: string, render: () => Promise<Buffer>) {
  const cached = await core.assets.variants.get(key)
  if (cached) return cached
  const running = inFlight.get(key)
  if (running) return running
  const job = render().then((bytes) => {
    core.assets.variants.put(key, bytes)
    return bytes
  })
  inFlight.set(key, job)
  try {
    return await job
  } finally {
    inFlight.delete(key)
  }
}

/** Sends bytes with a year of immutable caching: asset URLs name their content's hash. */
export function send(
  res: RawResponse,
  method: string,
  bytes: Buffer,
  contentType: string,
  headers: Record<string, string>,
): void {
  res.writeHead(200, {
    'content-type': contentType,
    'content-length': bytes.length,
    'cache-control': IMMUTABLE,
    'x-content-type-options': 'nosniff',
    // Uploaded SVGs and files are served from the Studio's origin: never let them run script there.
    'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox",
    ...headers,
  })
  if (method === 'HEAD') res.end()
  else res.end(bytes)
}

function mimeFor(ext: string): string {
  const types: Record<string, string> = {
    jpg: 'image/jpeg',
    png: 'image/png',
    webp: 'image/webp',
    gif: 'image/gif',
    avif: 'image/avif',
    heif: 'image/heif',
    tif: 'image/tiff',
    svg: 'image/svg+xml',
  }
  return types[ext] ?? 'application/octet-stream'
}

function attachment(name: string, fallback: string): Record<string, string> {
  const file = (name || fallback).replace(/[^\w.-]+/g, '_')
  return { 'content-disposition': `attachment; filename="${file}"` }
}
