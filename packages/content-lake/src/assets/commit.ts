import { nowIso, randomId } from '../ids'
import type { SanityDocument } from '../json'
import { commitStaging } from '../lake/commit'
import type { LakeCore } from '../lake/core'
import { Staging } from '../mutations/staging'
import type { DatasetState } from '../dataset/state'
import type { PreparedAsset } from './prepare'

/**
 * Creates the asset document unless one with the same id (same bytes) exists: then the existing one is
 * the answer, as on Sanity. Listeners (the Studio's asset browser) see the creation like any mutation.
 */
export async function commitAsset(
  core: LakeCore,
  state: DatasetState,
  asset: PreparedAsset,
  identity: string,
): Promise<SanityDocument> {
  return core.writes.run(async () => {
    const existing = state.get(asset.id)
    if (existing) return existing
    const staging = new Staging(state, randomId(), nowIso())
    const written = staging.write(asset.id, asset.document, { create: asset.document })
    commitStaging(core, staging, identity)
    if (!written) throw new Error(`Asset ${asset.id} was not written`)
    return written
  })
}
