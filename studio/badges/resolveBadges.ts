import type { DocumentBadgeComponent, DocumentBadgesContext } from 'sanity'
import { CommentStatusBadge } from './commentStatusBadge'
import { DealStateBadge } from './dealStateBadge'

/** Status badges next to the document title: deal state and comment status. */
export function resolveDocumentBadges(
  previous: DocumentBadgeComponent[],
  context: DocumentBadgesContext,
): DocumentBadgeComponent[] {
  switch (context.schemaType) {
    case 'deal':
      return [...previous, DealStateBadge]
    case 'comment':
      return [...previous, CommentStatusBadge]
    default:
      return previous
  }
}
