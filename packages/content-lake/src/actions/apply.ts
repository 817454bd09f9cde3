import type { Staging } from '../mutations/staging'
import { createDraft, discardDraft, editDraft, replaceDraft } from './drafts'
import { deleteDocument, publish, unpublish } from './publishing'
import { applyReleaseAction } from './releases'
import type { Action } from './types'
import { applyVersionAction } from './versions'

/** Applies document, release and version actions in order to a transaction's staging; throws at the first failing one. */
export function applyActions(staging: Staging, actions: Action[]): void {
  actions.forEach((action, index) => applyAction(staging, action, index))
}

function applyAction(staging: Staging, action: Action, index: number): void {
  switch (action.actionType) {
    case 'sanity.action.document.create':
      return createDraft(staging, action, index)
    case 'sanity.action.document.edit':
      return editDraft(staging, action, index)
    case 'sanity.action.document.publish':
      return publish(staging, action, index)
    case 'sanity.action.document.unpublish':
      return unpublish(staging, action, index)
    case 'sanity.action.document.discard':
      return discardDraft(staging, action.draftId, index)
    case 'sanity.action.document.delete':
      return deleteDocument(staging, action, index)
    case 'sanity.action.document.replaceDraft':
      return replaceDraft(staging, action, index)
    case 'sanity.action.document.version.create':
    case 'sanity.action.document.version.discard':
    case 'sanity.action.document.version.replace':
    case 'sanity.action.document.version.unpublish':
      return applyVersionAction(staging, action, index)
    default:
      return applyReleaseAction(staging, action, index)
  }
}
