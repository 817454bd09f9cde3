import { CommentIcon } from '@sanity/icons'
import { catchError, map, of, startWith, type Observable } from 'rxjs'
import type { DocumentStore } from 'sanity'
import type { ListBuilder, ListItemBuilder, StructureBuilder } from 'sanity/structure'
import { API_VERSION } from '@repo/content/api-version'
import { COMMENT_FILTERS, COMMENT_LISTEN_QUERY, PENDING_COUNT_QUERY } from '../lib/commentFilters'
import { COMMENT_STATUS_TITLES, type CommentStatus } from '../lib/commentModeration'
import { COMMENT_STATUS_ICONS } from '../schemaTypes/comment'

/** "Pending (3)"; just "Pending" while the count is unknown. */
export function pendingTitle(count: number | undefined): string {
  return count === undefined
    ? COMMENT_STATUS_TITLES.pending
    : `${COMMENT_STATUS_TITLES.pending} (${count})`
}

function statusItem(S: StructureBuilder, status: CommentStatus, title: string): ListItemBuilder {
  return S.listItem()
    .id(`comments-${status}`)
    .title(title)
    .icon(COMMENT_STATUS_ICONS[status])
    .schemaType('comment')
    .child(
      S.documentList()
        .apiVersion(API_VERSION)
        .id(`comments-${status}`)
        .title(`${COMMENT_STATUS_TITLES[status]} comments`)
        .schemaType('comment')
        .filter(COMMENT_FILTERS[status])
        // The storefront creates comments; an empty one made here could never be published.
        .initialValueTemplates([])
        .defaultOrdering([
          { field: 'submittedAt', direction: status === 'pending' ? 'asc' : 'desc' },
        ]),
    )
}

function inbox(S: StructureBuilder, pending: number | undefined): ListBuilder {
  return S.list()
    .id('comments')
    .title('Comments')
    .items([
      statusItem(S, 'pending', pendingTitle(pending)),
      statusItem(S, 'approved', COMMENT_STATUS_TITLES.approved),
      statusItem(S, 'rejected', COMMENT_STATUS_TITLES.rejected),
      statusItem(S, 'spam', COMMENT_STATUS_TITLES.spam),
    ])
}

/** The number of pending comments, live; undefined until known or if counting fails. */
function pendingCount(documentStore: DocumentStore): Observable<number | undefined> {
  return documentStore
    .listenQuery(
      { fetch: PENDING_COUNT_QUERY, listen: COMMENT_LISTEN_QUERY },
      {},
      { tag: 'comments.pending-count', throttleTime: 1000 },
    )
    .pipe(
      map((count: unknown) => (typeof count === 'number' ? count : undefined)),
      startWith(undefined),
      // A count is a convenience: if it cannot be had, the inbox still works without it.
      catchError((error: unknown) => {
        console.warn('Could not count pending comments; the inbox works without the count', error)
        return of(undefined)
      }),
    )
}

/** The comments inbox: pending (with its count), approved, rejected and spam. */
export function commentsItem(S: StructureBuilder, documentStore: DocumentStore): ListItemBuilder {
  return S.listItem()
    .id('comments')
    .title('Comments')
    .icon(CommentIcon)
    .child(() => pendingCount(documentStore).pipe(map((count) => inbox(S, count))))
}
