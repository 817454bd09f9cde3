import type { DocumentActionComponent, DocumentActionsContext } from 'sanity'
import { SINGLETONS } from '../structure/singletons'
import { EndDealNowAction } from './endDealNow'
import {
  ApproveCommentAction,
  MarkAsSpamCommentAction,
  RejectCommentAction,
} from './moderateComment'
import { OpenOnSiteAction } from './openOnSite'

// A singleton must always exist at its fixed id: it can be edited and published, never removed or copied.
const SINGLETON_ACTIONS = new Set(['publish', 'discardChanges', 'restore'])

function insertAfterPublish(actions: DocumentActionComponent[], extra: DocumentActionComponent[]) {
  const index = actions.findIndex((action) => action.action === 'publish')
  return index < 0
    ? [...actions, ...extra]
    : [...actions.slice(0, index + 1), ...extra, ...actions.slice(index + 1)]
}

/**
 * The document actions per type. Custom actions are added next to the defaults; the default
 * Publish action (which refuses while validation errors remain) is never replaced.
 */
export function resolveDocumentActions(
  previous: DocumentActionComponent[],
  context: DocumentActionsContext,
): DocumentActionComponent[] {
  switch (context.schemaType) {
    case SINGLETONS.siteSettings:
      return previous.filter(
        (action) => action.action !== undefined && SINGLETON_ACTIONS.has(action.action),
      )
    case 'comment':
      // Moderation comes first: it is what an editor opens a comment for. Copying a reader's comment makes no sense.
      return [
        ApproveCommentAction,
        RejectCommentAction,
        MarkAsSpamCommentAction,
        ...previous.filter((action) => action.action !== 'duplicate'),
      ]
    case 'deal':
      // End now shows only for a live deal with nothing unpublished, where Publish has nothing to do.
      return [EndDealNowAction, ...previous]
    case 'article':
      return insertAfterPublish(previous, [OpenOnSiteAction])
    default:
      return previous
  }
}
