import { badRequest } from '../errors'
import { releaseDocumentId } from '../ids'
import type { JsonObject, JsonValue } from '../json'
import { patchOne } from '../mutations/patchOne'
import type { Staging } from '../mutations/staging'
import { fail, withoutSystemFields } from './fail'
import { requireReleaseIn, rewrite, versionIdsOf } from './releaseDoc'
import { archiveRelease, unarchiveRelease } from './releaseArchive'
import { importRelease } from './releaseImport'
import { publishReleaseInto } from './releasePublish'
import type { ReleaseAction } from './types'

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
    case 'sanity.action.release.import':
      return importRelease(staging, action, index)
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

/**
 * How far in the past a schedule time may be (it is then due at once): the Studio probes its
 * permission to schedule with a dry run at its own "now", and a browser's clock may run behind.
 */
const SCHEDULE_SKEW_MS = 60_000

function scheduleRelease(
  staging: Staging,
  releaseId: string,
  publishAt: string,
  index: number,
): void {
  const release = requireReleaseIn(staging, releaseId, ['active'], index, 'schedule')
  if (Date.parse(publishAt) < Date.parse(staging.timestamp) - SCHEDULE_SKEW_MS)
    throw badRequest(
      `Action at index ${index}: "publishAt" must not be in the past (got ${publishAt})`,
    )
  rewrite(staging, release, { ...withoutSystemFields(release), state: 'scheduled', publishAt })
}

function deleteRelease(staging: Staging, releaseId: string, index: number): void {
  const release = requireReleaseIn(staging, releaseId, ['archived', 'published'], index, 'delete')
  for (const versionId of versionIdsOf(staging, releaseId))
    staging.write(versionId, null, { delete: { id: versionId } })
  staging.write(release._id, null, { delete: { id: release._id } })
}

function sameJson(a: JsonValue | undefined, b: JsonValue | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}
