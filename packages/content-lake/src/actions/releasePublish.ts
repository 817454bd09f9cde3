import { isMarkedForUnpublish } from '../dataset/stack'
import { parseVersionId } from '../ids'
import type { JsonObject, SanityDocument } from '../json'
import type { Staging } from '../mutations/staging'
import { withoutSystemFields } from './fail'
import { versionIdsOf } from './releaseDoc'

/**
 * Publishes a release within one transaction: every version becomes its published document (or, when
 * marked for unpublishing, deletes it), the versions are removed, and the release document records
 * `published` with the time and the versions it published. Callers check the release's state first.
 */
export function publishReleaseInto(
  staging: Staging,
  release: SanityDocument,
  releaseId: string,
): void {
  const finalDocumentStates: JsonObject[] = []
  for (const versionId of versionIdsOf(staging, releaseId)) {
    const version = staging.get(versionId)
    const publishedId = parseVersionId(versionId)?.publishedId
    if (!version || publishedId === undefined) continue
    publishVersion(staging, version, publishedId)
    // The versions' ids, as on Sanity: the Studio looks their last revision up in history.
    finalDocumentStates.push({ id: versionId })
    staging.write(versionId, null, { delete: { id: versionId } })
  }
  // A scheduled release keeps its publishAt as the record of when it was due.
  const doc = {
    ...withoutSystemFields(release),
    state: 'published',
    publishedAt: staging.timestamp,
    finalDocumentStates,
  }
  staging.write(release._id, doc, { createOrReplace: doc })
}

function publishVersion(staging: Staging, version: SanityDocument, publishedId: string): void {
  const published = staging.get(publishedId)
  if (isMarkedForUnpublish(version)) {
    if (published) staging.write(publishedId, null, { delete: { id: publishedId } })
    return
  }
  const { _system: _ignored, ...content } = withoutSystemFields(version)
  const doc = {
    ...content,
    _id: publishedId,
    _createdAt: published?._createdAt ?? version._createdAt,
  }
  staging.write(publishedId, doc, { createOrReplace: doc })
}
