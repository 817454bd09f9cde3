import type { JsonObject } from '../json'
import type { Staging } from '../mutations/staging'
import { withoutSystemFields } from './fail'
import { requireReleaseIn, rewrite, versionIdsOf } from './releaseDoc'

// Archived versions are kept on the release document, so that unarchive restores them in one transaction.
const ARCHIVED = '_archivedVersions'

/** `archive`: an active release's versions are removed (and kept for unarchive); the release is archived. */
export function archiveRelease(staging: Staging, releaseId: string, index: number): void {
  const release = requireReleaseIn(staging, releaseId, ['active'], index, 'archive')
  const archived: JsonObject[] = []
  for (const versionId of versionIdsOf(staging, releaseId)) {
    const version = staging.get(versionId)
    if (version) archived.push(withoutSystemFields(version))
    staging.write(versionId, null, { delete: { id: versionId } })
  }
  const finalDocumentStates = archived.map((doc) => ({ id: doc._id ?? null }))
  const doc = {
    ...withoutSystemFields(release),
    state: 'archived',
    finalDocumentStates,
    [ARCHIVED]: archived,
  }
  rewrite(staging, release, doc)
}

/** `unarchive`: restores the archived versions and makes the release active again. */
export function unarchiveRelease(staging: Staging, releaseId: string, index: number): void {
  const release = requireReleaseIn(staging, releaseId, ['archived'], index, 'unarchive')
  const archived = release[ARCHIVED]
  for (const version of Array.isArray(archived) ? archived : []) {
    if (typeof version !== 'object' || version === null || Array.isArray(version)) continue
    const id = version._id
    if (typeof id === 'string') staging.write(id, version, { createOrReplace: version })
  }
  const { [ARCHIVED]: _restored, finalDocumentStates: _f, ...rest } = withoutSystemFields(release)
  rewrite(staging, release, { ...rest, state: 'active' })
}
