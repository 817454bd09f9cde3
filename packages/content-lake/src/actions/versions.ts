import { badRequest } from '../errors'
import { draftIdOf, parseVersionId } from '../ids'
import type { JsonObject } from '../json'
import type { Staging } from '../mutations/staging'
import { fail, withoutSystemFields } from './fail'
import { requireReleaseIn } from './releaseDoc'
import type { VersionAction } from './types'

/** Applies one version action to the transaction's staging; throws an action error when it cannot. */
export function applyVersionAction(staging: Staging, action: VersionAction, index: number): void {
  switch (action.actionType) {
    case 'sanity.action.document.version.create':
      return 'document' in action.source
        ? createFromDocument(staging, action.publishedId, action.source.document, index)
        : createFromBase(staging, action.publishedId, action.source, index)
    case 'sanity.action.document.version.discard':
      return discardVersion(staging, action.versionId, index)
    case 'sanity.action.document.version.replace':
      return replaceVersion(staging, action.document, index)
    case 'sanity.action.document.version.unpublish':
      return unpublishVersion(staging, action.versionId, action.publishedId, index)
  }
}

/**
 * The release a version id belongs to, checked: the id must be `versions.<release>.<publishedId>` and the
 * release must be active (a scheduled release is locked until unscheduled, as in Sanity).
 */
export function requireOpenVersion(
  staging: Staging,
  versionId: string,
  publishedId: string | undefined,
  index: number,
): void {
  const parsed = parseVersionId(versionId)
  if (!parsed || (publishedId !== undefined && parsed.publishedId !== publishedId)) {
    const expected = `versions.<releaseId>.${publishedId ?? '<publishedId>'}`
    throw badRequest(`Action at index ${index}: version id "${versionId}" must be "${expected}"`)
  }
  requireReleaseIn(staging, parsed.releaseId, ['active'], index, 'change a version in')
}

function createFromDocument(
  staging: Staging,
  publishedId: string,
  document: JsonObject,
  index: number,
): void {
  const versionId = typeof document._id === 'string' ? document._id : ''
  requireOpenVersion(staging, versionId, publishedId, index)
  requireType(document, index)
  createVersion(staging, versionId, { ...document, _id: versionId }, index)
}

/** From an existing document (published, draft or another version): a draft or a version of it. */
function createFromBase(
  staging: Staging,
  publishedId: string,
  source: { baseId: string; versionId: string; ifBaseRevisionId?: string },
  index: number,
): void {
  const { baseId, versionId } = source
  if (versionId !== draftIdOf(publishedId))
    requireOpenVersion(staging, versionId, publishedId, index)
  const base = staging.get(baseId)
  if (!base) {
    const description = `Base document "${baseId}" does not exist`
    fail(index, { status: 404, type: 'documentNotFoundError', description, id: baseId })
  }
  if (source.ifBaseRevisionId !== undefined && source.ifBaseRevisionId !== base._rev) {
    const description = `Base document "${baseId}" has revision "${base._rev}", expected "${source.ifBaseRevisionId}"`
    fail(index, {
      status: 409,
      type: 'documentRevisionIDDoesNotMatchError',
      description,
      id: baseId,
    })
  }
  createVersion(staging, versionId, { ...withoutSystemFields(base), _id: versionId }, index)
}

function createVersion(staging: Staging, versionId: string, doc: JsonObject, index: number): void {
  if (staging.get(versionId)) {
    const description = `Document "${versionId}" already exists`
    fail(index, { status: 409, type: 'documentAlreadyExistsError', description, id: versionId })
  }
  staging.write(versionId, doc, { create: doc })
}

function discardVersion(staging: Staging, versionId: string, index: number): void {
  requireOpenVersion(staging, versionId, undefined, index)
  requireVersion(staging, versionId, index)
  staging.write(versionId, null, { delete: { id: versionId } })
}

function replaceVersion(staging: Staging, document: JsonObject, index: number): void {
  const versionId = typeof document._id === 'string' ? document._id : ''
  requireOpenVersion(staging, versionId, undefined, index)
  requireType(document, index)
  requireVersion(staging, versionId, index)
  staging.write(versionId, document, { createOrReplace: document })
}

/** Marks the version so that publishing its release deletes the published document. */
function unpublishVersion(
  staging: Staging,
  versionId: string,
  publishedId: string,
  index: number,
): void {
  requireOpenVersion(staging, versionId, publishedId, index)
  const published = staging.get(publishedId)
  if (!published) {
    const description = `Cannot unpublish "${publishedId}" in a release: it is not published`
    fail(index, { status: 409, type: 'documentNotFoundError', description, id: publishedId })
  }
  const base = staging.get(versionId) ?? published
  const doc = { ...withoutSystemFields(base), _id: versionId, _system: { delete: true } }
  staging.write(versionId, doc, { createOrReplace: doc })
}

function requireVersion(staging: Staging, versionId: string, index: number): void {
  if (staging.get(versionId)) return
  const description = `Version "${versionId}" does not exist`
  fail(index, { status: 409, type: 'documentNotFoundError', description, id: versionId })
}

function requireType(document: JsonObject, index: number): void {
  if (typeof document._type !== 'string' || document._type === '')
    throw badRequest(`Action at index ${index}: "document" needs a "_type"`)
}
