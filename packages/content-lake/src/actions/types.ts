import type { JsonObject } from '../json'
import type { PatchOps } from '../mutations/types'

/** The actions the Studio sends: document, release and version actions. */
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
  | ReleaseAction
  | VersionAction

/** The release actions (`sanity.action.release.*`): a release's lifecycle. */
export type ReleaseAction =
  | { actionType: 'sanity.action.release.create'; releaseId: string; metadata: JsonObject }
  | { actionType: 'sanity.action.release.edit'; releaseId: string; patch: PatchOps }
  | { actionType: 'sanity.action.release.schedule'; releaseId: string; publishAt: string }
  | {
      actionType: 'sanity.action.release.import'
      releaseId: string
      attributes: JsonObject
      ifExists: 'fail' | 'ignore' | 'replace'
    }
  | {
      actionType:
        | 'sanity.action.release.publish'
        | 'sanity.action.release.unschedule'
        | 'sanity.action.release.archive'
        | 'sanity.action.release.unarchive'
        | 'sanity.action.release.delete'
      releaseId: string
    }

/** The version actions (`sanity.action.document.version.*`): documents' versions in releases. */
export type VersionAction =
  | {
      actionType: 'sanity.action.document.version.create'
      publishedId: string
      source:
        { document: JsonObject } | { baseId: string; versionId: string; ifBaseRevisionId?: string }
    }
  | { actionType: 'sanity.action.document.version.discard'; versionId: string }
  | { actionType: 'sanity.action.document.version.replace'; document: JsonObject }
  | {
      actionType: 'sanity.action.document.version.unpublish'
      versionId: string
      publishedId: string
    }
