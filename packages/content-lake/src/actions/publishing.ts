import { draftIdOf } from '../ids'
import type { Staging } from '../mutations/staging'
import { fail, withoutSystemFields } from './fail'

/** `publish`: the draft becomes the published document, with optimistic locks on either revision. */
export function publish(
  staging: Staging,
  action: {
    draftId: string
    publishedId: string
    ifDraftRevisionId?: string
    ifPublishedRevisionId?: string
  },
  index: number,
): void {
  const { draftId, publishedId } = action
  const draft = staging.get(draftId)
  if (!draft) {
    const description = `Cannot publish "${publishedId}": draft "${draftId}" does not exist`
    fail(index, { status: 409, type: 'documentNotFoundError', description, id: draftId })
  }
  if (action.ifDraftRevisionId !== undefined && action.ifDraftRevisionId !== draft._rev) {
    const description = `Draft "${draftId}" has revision "${draft._rev}", expected "${action.ifDraftRevisionId}"`
    fail(index, {
      status: 409,
      type: 'documentRevisionIDDoesNotMatchError',
      description,
      id: draftId,
    })
  }
  const published = staging.get(publishedId)
  const expected = action.ifPublishedRevisionId
  if (expected !== undefined && expected !== published?._rev) {
    const description = `Published document "${publishedId}" has revision "${published?._rev ?? 'none'}", expected "${expected}"`
    fail(index, {
      status: 409,
      type: 'documentRevisionIDDoesNotMatchError',
      description,
      id: publishedId,
    })
  }
  const doc = {
    ...withoutSystemFields(draft),
    _id: publishedId,
    _createdAt: published?._createdAt ?? draft._createdAt,
  }
  staging.write(publishedId, doc, { createOrReplace: doc })
  staging.write(draftId, null, { delete: { id: draftId } })
}

/** `unpublish`: deletes the published document, keeping its content as a draft if there is none. */
export function unpublish(
  staging: Staging,
  action: { draftId: string; publishedId: string },
  index: number,
): void {
  const { draftId, publishedId } = action
  const published = staging.get(publishedId)
  if (!published) {
    const description = `Cannot unpublish "${publishedId}": it is not published`
    fail(index, { status: 409, type: 'documentNotFoundError', description, id: publishedId })
  }
  if (!staging.get(draftId)) {
    const draft = { ...withoutSystemFields(published), _id: draftId }
    staging.write(draftId, draft, { createIfNotExists: draft })
  }
  staging.write(publishedId, null, { delete: { id: publishedId } })
}

/** `delete`: removes the published document and the listed drafts; its own draft must be listed. */
export function deleteDocument(
  staging: Staging,
  action: { publishedId: string; includeDrafts: string[] },
  index: number,
): void {
  const { publishedId, includeDrafts } = action
  const draftId = draftIdOf(publishedId)
  if (staging.get(draftId) && !includeDrafts.includes(draftId)) {
    const description = `Cannot delete "${publishedId}": its draft "${draftId}" is not in includeDrafts`
    fail(index, { status: 409, type: 'conflictError', description, id: publishedId })
  }
  const ids = [publishedId, ...includeDrafts].filter((id) => staging.get(id))
  if (ids.length === 0) {
    const description = `Document "${publishedId}" does not exist`
    fail(index, { status: 404, type: 'documentNotFoundError', description, id: publishedId })
  }
  for (const id of ids) staging.write(id, null, { delete: { id } })
}
