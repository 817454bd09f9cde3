import type { JsonObject } from '../json'
import type { PatchOps } from '../mutations/types'

/** The document actions the Studio sends (the `versions.` ones are not supported by this lake). */
export type Action =
  | {
      actionType: 'sanity.action.document.create'
      publishedId: string
      attributes: JsonObject
      ifExists: 'fail' | 'ignore'
    }
  | {
      actionType: 'sanity.action.document.edit'
      draftId: string
      publishedId: string
      patch: PatchOps
    }
  | {
      actionType: 'sanity.action.document.publish'
      draftId: string
      publishedId: string
      ifDraftRevisionId?: string
      ifPublishedRevisionId?: string
    }
  | { actionType: 'sanity.action.document.unpublish'; draftId: string; publishedId: string }
  | { actionType: 'sanity.action.document.discard'; draftId: string }
  | { actionType: 'sanity.action.document.delete'; publishedId: string; includeDrafts: string[] }
  | {
      actionType: 'sanity.action.document.replaceDraft'
      publishedId: string
      attributes: JsonObject
    }
