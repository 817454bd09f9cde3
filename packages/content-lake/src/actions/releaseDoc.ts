import { releaseDocumentId } from '../ids'
import type { JsonObject, SanityDocument } from '../json'
import type { Staging } from '../mutations/staging'
import { fail } from './fail'

/** The release states this lake uses (Sanity's transitional ones, like `publishing`, never persist here). */
export type ReleaseState = 'active' | 'scheduled' | 'published' | 'archived'

/** The release's system document, or a 404 action error. */
export function requireRelease(staging: Staging, releaseId: string, index: number): SanityDocument {
  const id = releaseDocumentId(releaseId)
  const release = staging.get(id)
  if (!release) {
    const description = `Release "${releaseId}" does not exist`
    fail(index, { status: 404, type: 'releaseNotFoundError', description, id })
  }
  return release
}

/** The release, which must be in one of `states`; a 409 action error names the state it is in. */
export function requireReleaseIn(
  staging: Staging,
  releaseId: string,
  states: ReleaseState[],
  index: number,
  doing: string,
): SanityDocument {
  const release = requireRelease(staging, releaseId, index)
  const state = typeof release.state === 'string' ? release.state : 'unknown'
  if (!states.some((allowed) => allowed === state)) {
    const description = `Cannot ${doing} release "${releaseId}": it is ${state} (must be ${states.join(' or ')})`
    fail(index, { status: 409, type: 'releaseStateError', description, id: release._id })
  }
  return release
}

/** Ids of the versions in a release, as this transaction sees them. */
export function versionIdsOf(staging: Staging, releaseId: string): string[] {
  return staging.idsWithPrefix(`versions.${releaseId}.`)
}

/** Writes the release document anew. */
export function rewrite(staging: Staging, release: SanityDocument, doc: JsonObject): void {
  staging.write(release._id, doc, { createOrReplace: doc })
}
