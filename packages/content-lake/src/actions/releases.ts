import { badRequest } from '../http/errors'
import { releaseDocumentId } from '../ids'
import type { JsonObject, JsonValue, SanityDocument } from '../json'
import { patchOne } from '../mutations/patchOne'
import type { Staging } from '../mutations/staging'
import { fail, withoutSystemFields } from './fail'
import { requireReleaseIn, versionIdsOf } from './releaseDoc'
import { publishReleaseInto } from './releasePublish'
import type { ReleaseAction } from './types'

// Archived versions are kept on the release document, so that unarchive restores them in one transaction.
const ARCHIVED = '_archivedVersions'

/** Applies one release action to the transaction's staging; throws an action error when it cannot. */
export function applyReleaseAction(staging: Staging, action: ReleaseAction, index: number): void {
  const { releaseId } = action
  switch (action.actionType) {
    case 'sanity.action.release.create':
      return createRelease(staging, releaseId, action.metadata, index)
    case 'sanity.action.release.edit':
      return editRelease(staging, releaseId, action, index)
    case 'sanity.action.release.publish':
      return publishReleaseInto(
        staging,
        requireReleaseIn(staging, releaseId, ['active'], index, 'publish'),
        releaseId,
      )
    case 'sanity.action.release.schedule':
      return scheduleRelease(staging, releaseId, action.publishAt, index)
    case 'sanity.action.release.unschedule': {
      const release = requireReleaseIn(staging, releaseId, ['scheduled'], index, 'unschedule')
      const { publishAt: _dropped, ...rest } = withoutSystemFields(release)
      return rewrite(staging, release, { ...rest, state: 'active' })
    }
    case 'sanity.action.release.archive':
      return archiveRelease(staging, releaseId, index)
    case 'sanity.action.release.unarchive':
      return unarchiveRelease(staging, releaseId, index)
    case 'sanity.action.release.delete':
      return deleteRelease(staging, releaseId, index)
  }
}

function createRelease(
  staging: Staging,
  releaseId: string,
  metadata: JsonObject,
  index: number,
): void {
  const id = releaseDocumentId(releaseId)
  if (staging.get(id)) {
    const description = `Release "${releaseId}" already exists`
    fail(index, { status: 409, type: 'documentAlreadyExistsError', description, id })
  }
  const doc: JsonObject = {
    _id: id,
    _type: 'system.release',
    name: releaseId,
    state: 'active',
    metadata: { releaseType: 'undecided', ...metadata },
  }
  staging.write(id, doc, { create: doc })
}

/** `edit` patches the metadata only: state and schedule change through their own actions. */
function editRelease(
  staging: Staging,
  releaseId: string,
  action: Extract<ReleaseAction, { actionType: 'sanity.action.release.edit' }>,
  index: number,
): void {
  const before = requireReleaseIn(
    staging,
    releaseId,
    ['active', 'scheduled', 'archived'],
    index,
    'edit',
  )
  const after = patchOne(staging, before._id, action.patch, index, 'actionError').document
  const touched = Object.keys({ ...before, ...after }).filter(
    (key) =>
      !['metadata', '_rev', '_updatedAt'].includes(key) && !sameJson(before[key], after?.[key]),
  )
  if (touched.length > 0)
    throw badRequest(
      `Action at index ${index}: a release edit may change only "metadata" (not ${touched.join(', ')})`,
    )
}

function scheduleRelease(
  staging: Staging,
  releaseId: string,
  publishAt: string,
  index: number,
): void {
  const release = requireReleaseIn(staging, releaseId, ['active'], index, 'schedule')
  if (Date.parse(publishAt) <= Date.parse(staging.timestamp))
    throw badRequest(
      `Action at index ${index}: "publishAt" must be in the future (got ${publishAt})`,
    )
  rewrite(staging, release, { ...withoutSystemFields(release), state: 'scheduled', publishAt })
}

function archiveRelease(staging: Staging, releaseId: string, index: number): void {
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

function unarchiveRelease(staging: Staging, releaseId: string, index: number): void {
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

function deleteRelease(staging: Staging, releaseId: string, index: number): void {
  const release = requireReleaseIn(staging, releaseId, ['archived', 'published'], index, 'delete')
  for (const versionId of versionIdsOf(staging, releaseId))
    staging.write(versionId, null, { delete: { id: versionId } })
  staging.write(release._id, null, { delete: { id: release._id } })
}

function rewrite(staging: Staging, release: SanityDocument, doc: JsonObject): void {
  staging.write(release._id, doc, { createOrReplace: doc })
}

function sameJson(a: JsonValue | undefined, b: JsonValue | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}
