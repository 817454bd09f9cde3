import { readFileSync } from 'node:fs'
import { dirname } from 'node:path'
import type { AssetService } from '../assets/service'
import { DEFAULT_ASSET_ORIGIN } from '../assets/service'
import type { LakeConfig } from '../config/types'
import { nowIso, randomId } from '../ids'
import type { JsonObject, SanityDocument } from '../json'
import { parseNdjson } from '../store/ndjson'
import { resolveSanityAssets, type AssetMap } from './sanityAssets'

/**
 * Reads an NDJSON file in Sanity's export format and resolves its `_sanityAsset` placeholders (relative
 * to the file's folder) into stored assets: the documents to import, asset documents included.
 */
export async function readNdjsonWithAssets(
  file: string,
  config: LakeConfig,
  dataset: string,
  assets: AssetService,
  assetMap: AssetMap = {},
  origin: string = DEFAULT_ASSET_ORIGIN,
): Promise<SanityDocument[]> {
  const docs = parseNdjson(readFileSync(file, 'utf8'))
  const resolved = await resolveSanityAssets(docs, {
    baseDir: dirname(file),
    assetMap,
    target: { projectId: config.projectId, dataset, origin },
    blobs: assets.blobs,
    limits: assets.limits,
  })
  return [...resolved.assets.map(withSystemFields), ...resolved.documents]
}

function withSystemFields(doc: JsonObject): SanityDocument {
  const now = nowIso()
  const createdAt = typeof doc._createdAt === 'string' ? doc._createdAt : now
  return {
    ...doc,
    // Asset documents are made by resolveSanityAssets with string ids and types.
    _id: typeof doc._id === 'string' ? doc._id : '',
    _type: typeof doc._type === 'string' ? doc._type : '',
    _rev: randomId(),
    _createdAt: createdAt,
    _updatedAt: typeof doc._updatedAt === 'string' ? doc._updatedAt : createdAt,
  }
}
