import { readFile } from 'node:fs/promises'
import { resolve, sep } from 'node:path'
import type { AssetLimits } from '../assets/limits'
import type { BlobStore } from '../assets/blobs'
import { prepareAsset, type AssetTarget, type UploadOptions } from '../assets/prepare'
import { isJsonObject, type JsonObject, type JsonValue, type SanityDocument } from '../json'

/** Asset document fields a `sanity dataset export` keeps in assets.json, keyed `image-<sha1>`/`file-<sha1>`. */
export type AssetMap = Record<string, JsonObject>

/** Where `_sanityAsset` files are read from and how the assets they become are stored. */
export interface AssetSource {
  /** The folder `file://./images/...` paths are relative to (the NDJSON's folder). */
  baseDir: string
  assetMap: AssetMap
  target: AssetTarget
  blobs: BlobStore
  limits: AssetLimits
}

const SANITY_ASSET = /^(image|file)@file:\/\/(.+)$/

/**
 * Turns Sanity's export placeholders (`{_sanityAsset: "image@file://./images/<sha1>-WxH.jpg", ...}`) into
 * asset references, running each file through the same validation and storage as an upload. Returns the
 * documents with references and the asset documents they need (each once).
 */
export async function resolveSanityAssets(
  docs: SanityDocument[],
  source: AssetSource,
): Promise<{ documents: SanityDocument[]; assets: JsonObject[] }> {
  const assets = new Map<string, JsonObject>()
  const byPath = new Map<string, string>()
  const rewrite = async (value: JsonValue): Promise<JsonValue> => {
    if (Array.isArray(value)) return Promise.all(value.map(rewrite))
    if (!isJsonObject(value)) return value
    const out: JsonObject = {}
    for (const [key, child] of Object.entries(value)) {
      if (key !== '_sanityAsset') out[key] = await rewrite(child)
    }
    const placeholder = value._sanityAsset
    if (typeof placeholder !== 'string') return out
    const id = await ingest(placeholder, source, assets, byPath)
    return { ...out, asset: { _type: 'reference', _ref: id } }
  }
  const documents: SanityDocument[] = []
  for (const doc of docs) {
    const rewritten = await rewrite(doc)
    if (isJsonObject(rewritten)) documents.push({ ...doc, ...rewritten })
  }
  return { documents, assets: [...assets.values()] }
}

async function ingest(
  placeholder: string,
  source: AssetSource,
  assets: Map<string, JsonObject>,
  byPath: Map<string, string>,
): Promise<string> {
  const known = byPath.get(placeholder)
  if (known) return known
  const match = SANITY_ASSET.exec(placeholder)
  const kind = match?.[1] === 'image' ? 'image' : 'file'
  const path = match?.[2]
  if (!path)
    throw new Error(`Unsupported _sanityAsset "${placeholder}": only file:// paths work offline`)
  const file = resolve(source.baseDir, path)
  if (!file.startsWith(resolve(source.baseDir) + sep))
    throw new Error(`_sanityAsset "${placeholder}" points outside ${source.baseDir}`)
  const bytes = await readFile(file)
  const sha1Key = `${kind}-${/([a-f0-9]{40})/.exec(path)?.[1] ?? ''}`
  const extra = source.assetMap[sha1Key] ?? {}
  const prepared = await prepareAsset(
    kind,
    bytes,
    optionsFrom(extra, file),
    source.target,
    source.blobs,
    source.limits,
  )
  // Fields from assets.json (original file name, title, source...) win over the generated ones.
  const { metadata: _metadata, ...kept } = extra
  assets.set(prepared.id, { ...prepared.document, ...kept, _id: prepared.id })
  byPath.set(placeholder, prepared.id)
  return prepared.id
}

function optionsFrom(extra: JsonObject, file: string): UploadOptions {
  const text = (key: string): string | undefined =>
    typeof extra[key] === 'string' ? extra[key] : undefined
  return {
    filename: text('originalFilename') ?? file.split(sep).pop(),
    contentType: text('mimeType'),
  }
}
