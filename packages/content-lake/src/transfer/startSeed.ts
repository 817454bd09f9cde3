import type { LakeCore } from '../lake/core'
import { loadDataset, wordStore } from '../lake/core'
import { importDocuments } from '../store/ndjson'
import { readNdjsonWithAssets } from './seed'

/**
 * Imports the seed file into the first dataset when the store has no documents at all, its
 * `_sanityAsset` images stored as assets whose `url` is on `origin` (the origin editors browse them
 * from: the Studio's when the lake serves one). Throws on a bad seed, which fails the start.
 */
export async function seedIfEmpty(core: LakeCore, seedFile: string, origin: string): Promise<void> {
  const [first] = core.config.datasets
  if (!first || core.config.datasets.some((name) => core.documents.count(name) > 0)) return
  const docs = await readNdjsonWithAssets(seedFile, core.config, first, core.assets, {}, origin)
  importDocuments(core.db, core.documents, first, docs)
  core.datasets.set(
    first,
    loadDataset(core.documents, first, wordStore(core.words, first, core.log)),
  )
  core.log(`seeded ${docs.length} documents into "${first}" from ${seedFile}`)
}
