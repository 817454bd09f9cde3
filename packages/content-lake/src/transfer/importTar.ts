import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { extract } from 'tar'
import type { AssetService } from '../assets/service'
import type { LakeConfig } from '../config/types'
import { isJsonObject, type SanityDocument } from '../json'
import type { AssetMap } from './sanityAssets'
import { readNdjsonWithAssets } from './seed'

/** True for the file names `sanity dataset export` writes (and the lake's own tarball export). */
export function isTarball(file: string): boolean {
  return /\.(tar\.gz|tgz)$/.test(file)
}

/**
 * Reads a `sanity dataset export` tarball: `data.ndjson` at its root or one folder down, `assets.json`
 * next to it, and the `images/` and `files/` it points at. tar refuses entries that would land outside
 * the temporary folder (absolute paths, `..`), so a hostile archive cannot write elsewhere.
 */
export async function readTarball(
  file: string,
  config: LakeConfig,
  dataset: string,
  assets: AssetService,
): Promise<SanityDocument[]> {
  const work = mkdtempSync(join(tmpdir(), 'lake-import-'))
  try {
    await extract({ file, cwd: work, strict: true })
    const root = dataRoot(work)
    if (!root) throw new Error(`${file} has no data.ndjson (expected <name>/data.ndjson)`)
    return await readNdjsonWithAssets(
      join(root, 'data.ndjson'),
      config,
      dataset,
      assets,
      assetMapIn(root),
    )
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

function dataRoot(work: string): string | undefined {
  if (existsSync(join(work, 'data.ndjson'))) return work
  for (const entry of readdirSync(work, { withFileTypes: true })) {
    if (entry.isDirectory() && existsSync(join(work, entry.name, 'data.ndjson')))
      return join(work, entry.name)
  }
  return undefined
}

function assetMapIn(root: string): AssetMap {
  const path = join(root, 'assets.json')
  if (!existsSync(path)) return {}
  const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'))
  if (!isJsonObject(parsed)) throw new Error('assets.json must be an object')
  const map: AssetMap = {}
  for (const [key, value] of Object.entries(parsed)) if (isJsonObject(value)) map[key] = value
  return map
}
