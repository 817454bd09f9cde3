import { badRequest } from '../errors'
import { draftIdOf, isDraftId, isVersionId, publishedIdOf } from '../ids'
import type { JsonObject } from '../json'
import { patchOne } from '../mutations/patchOne'
import type { PatchOps } from '../mutations/types'
import type { Staging } from '../mutations/staging'
import { fail, withoutSystemFields } from './fail'
import { requireOpenVersion } from './versions'

/** The draft id an action's attributes target: their `_id` when it is the draft, else `drafts.<publishedId>`. */
export function draftFor(publishedId: string, attributes: JsonObject, index: number): string {
  const given = attributes._id
  if (given === undefined) return draftIdOf(publishedId)
  if (typeof given !== 'string' || !isDraftId(given) || publishedIdOf(given) !== publishedId) {
    throw badRequest(`Action at index ${index}: attributes._id must be "drafts.${publishedId}"`)
  }
  return given
}

function requireType(attributes: JsonObject, index: number): void {
  if (typeof attributes._type !== 'string' || attributes._type === '') {
    throw badRequest(`Action at index ${index}: "attributes" needs a "_type"`)
  }
}

/** `create`: a new draft for a document that is not published yet. */
export function createDraft(
  staging: Staging,
  action: { publishedId: string; attributes: JsonObject; ifExists: 'fail' | 'ignore' },
  index: number,
): void {
  const { publishedId, attributes } = action
  const draftId = draftFor(publishedId, attributes, index)
  requireType(attributes, index)
  if (staging.get(publishedId)) {
    const description = `Document "${publishedId}" is already published`
    fail(index, { status: 409, type: 'documentAlreadyExistsError', description, id: publishedId })
  }
  if (staging.get(draftId)) {
    if (action.ifExists === 'ignore') return
    const description = `Draft "${draftId}" already exists`
    fail(index, { status: 409, type: 'documentAlreadyExistsError', description, id: draftId })
  }
  const doc: JsonObject = { ...attributes, _id: draftId }
  staging.write(draftId, doc, { create: doc })
}

/**
 * `edit`: patches the draft, first making it from the published document when there is none. The Studio
 * edits a release's version the same way, with the version id as `draftId`.
 */
export function editDraft(
  staging: Staging,
  action: { draftId: string; publishedId: string; patch: PatchOps },
  index: number,
): void {
  const { draftId, publishedId } = action
  if (isVersionId(draftId)) requireOpenVersion(staging, draftId, publishedId, index)
  else if (draftId !== draftIdOf(publishedId)) {
    throw badRequest(`Action at index ${index}: draftId must be "drafts.${publishedId}"`)
  }
  if (!staging.get(draftId)) {
    const published = staging.get(publishedId)
    if (!published) {
      const description = `Cannot edit "${publishedId}": it has neither a draft nor a published version`
      fail(index, { status: 404, type: 'documentNotFoundError', description, id: publishedId })
    }
    // The Studio edits published documents by patching a draft (or version) made from them, created here.
    const base = { ...withoutSystemFields(published), _id: draftId }
    staging.write(draftId, base, { createIfNotExists: base })
  }
  patchOne(staging, draftId, action.patch, index, 'actionError')
}

/** `replaceDraft`: replaces (or creates) the draft with the given attributes. */
export function replaceDraft(
  staging: Staging,
  action: { publishedId: string; attributes: JsonObject },
  index: number,
): void {
  const draftId = draftFor(action.publishedId, action.attributes, index)
  requireType(action.attributes, index)
  const doc: JsonObject = { ...action.attributes, _id: draftId }
  staging.write(draftId, doc, { createOrReplace: doc })
}

/** `discard`: deletes the draft, which must exist. */
export function discardDraft(staging: Staging, draftId: string, index: number): void {
  if (!staging.get(draftId)) {
    const description = `Draft "${draftId}" does not exist`
    fail(index, { status: 409, type: 'documentNotFoundError', description, id: draftId })
  }
  staging.write(draftId, null, { delete: { id: draftId } })
}
