import { badRequest } from '../errors'
import { releaseDocumentId } from '../ids'
import { isJsonObject, type JsonObject } from '../json'
import type { Staging } from '../mutations/staging'
import { fail } from './fail'
import type { ReleaseState } from './releaseDoc'
import type { ReleaseAction } from './types'

const STATES: ReleaseState[] = ['active', 'scheduled', 'published', 'archived']

/**
 * `import`: writes a release document as exported from another dataset (what `sanity dataset import`
 * sends), keeping its metadata and state. `ifExists` decides about a release that is already there.
 */
export function importRelease(
  staging: Staging,
  action: Extract<ReleaseAction, { actionType: 'sanity.action.release.import' }>,
  index: number,
): void {
  const id = releaseDocumentId(action.releaseId)
  const given = action.attributes
  if (given._id !== undefined && given._id !== id)
    throw badRequest(`Action at index ${index}: the release document's _id must be "${id}"`)
  const state = given.state ?? 'active'
  if (!STATES.some((allowed) => allowed === state))
    throw badRequest(`Action at index ${index}: "state" must be one of ${STATES.join(', ')}`)
  if (
    state === 'scheduled' &&
    (typeof given.publishAt !== 'string' || Number.isNaN(Date.parse(given.publishAt)))
  )
    throw badRequest(`Action at index ${index}: a scheduled release needs a "publishAt" date-time`)
  const existing = staging.get(id)
  if (existing && action.ifExists === 'ignore') return
  if (existing && action.ifExists === 'fail') {
    const description = `Release "${action.releaseId}" already exists`
    fail(index, { status: 409, type: 'documentAlreadyExistsError', description, id })
  }
  const { _rev: _r, _updatedAt: _u, _originalId: _o, metadata, ...content } = given
  const doc: JsonObject = {
    ...content,
    _id: id,
    _type: 'system.release',
    name: action.releaseId,
    state,
    metadata: { releaseType: 'undecided', ...(isJsonObject(metadata) ? metadata : {}) },
  }
  staging.write(id, doc, { createOrReplace: doc })
}
