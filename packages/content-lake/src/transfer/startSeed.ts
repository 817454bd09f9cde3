import type { AssetLimits } from '../assets/limits'
import { openAssets } from '../assets/service'
import type { LakeConfig } from '../config/types'
import type { SanityDocument } from '../json'
import { openDb } from '../store/db'
import { DocumentTable } from '../store/documents'
import { readNdjsonWithAssets } from './seed'

/**
 * The seed documents with their `_sanityAsset` files stored as assets, or undefined when the store already
 * has documents (a seed only fills an empty store, so images are not re-read on every start).
 */
export async function seedDocumentsIfEmpty(
  dataDir: string,
  seedFile: string,
  config: LakeConfig,
  limits: Partial<AssetLimits> | undefined,
): Promise<SanityDocument[] | undefined> {
  const [first] = config.datasets
  if (!first) return undefined
  const db = openDb(dataDir)
  try {
    const documents = new DocumentTable(db)
    if (config.datasets.some((name) => documents.count(name) > 0)) return undefined
  } finally {
    db.close()
  }
  return readNdjsonWithAssets(seedFile, config, first, openAssets(dataDir, limits))
}
