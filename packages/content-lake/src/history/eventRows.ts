import type { Db } from '../store/db'
import { fromRow, type EventRow, type StoredEvent } from '../store/events'
import { statements } from './eventSql'

/** One page of logged changes, newest first, and where the next page starts ('' at the end). */
export interface RowPage {
  rows: StoredEvent[]
  nextCursor: string
}

/** What a transaction did to one document, without its content: enough to name the event it was. */
export interface TouchedDocument {
  transactionId: string
  documentId: string
  /** `_rev` before the change; null when the transaction created the document. */
  beforeRev: string | null
  /** `_rev` after the change; null when the transaction deleted the document. */
  afterRev: string | null
}

/** A change of a release document's `state` (both null outside a create or delete). */
export interface ReleaseStateChange {
  seq: number
  documentId: string
  before: string | null
  after: string | null
}

/** Where a page starts: before the log sequence number `before` (exclusive), at most `limit` rows. */
export interface PageRange {
  before: number
  limit: number
}

function page(rows: EventRow[], range: PageRange): RowPage {
  const last = rows[rows.length - 1]
  return {
    rows: rows.map(fromRow),
    nextCursor: rows.length === range.limit && last ? String(last.seq) : '',
  }
}

/** The release document's changes and its versions' creations and deletions, newest first. */
export function releaseRows(db: Db, dataset: string, releaseId: string, range: PageRange): RowPage {
  const rows = statements(db).releasePage.all({
    dataset,
    releaseDoc: `_.releases.${releaseId}`,
    versionPrefix: `versions.${releaseId}.`,
    ...range,
  }) as EventRow[]
  return page(rows, range)
}

/** Which documents of a published id's group (draft, versions) the log holds. */
export function groupVersionIds(db: Db, dataset: string, publishedId: string): string[] {
  const rows = statements(db).groupVersions.all({ dataset, suffix: `.${publishedId}` }) as {
    documentId: string
  }[]
  return rows.map((row) => row.documentId)
}

/**
 * A document group's changes, newest first: the published document's, its draft's and versions'
 * creations and deletions, and the state changes of the releases in `releaseDocs`.
 */
export function groupRows(
  db: Db,
  dataset: string,
  publishedId: string,
  releaseDocs: string[],
  range: PageRange,
): RowPage {
  const rows = statements(db).groupPage.all({
    dataset,
    published: publishedId,
    draft: `drafts.${publishedId}`,
    suffix: `.${publishedId}`,
    releaseDocs: JSON.stringify(releaseDocs),
    ...range,
  }) as EventRow[]
  return page(rows, range)
}

/** Every document the transactions touched, oldest change first. */
export function touchedBy(db: Db, dataset: string, transactionIds: string[]): TouchedDocument[] {
  return statements(db).touched.all({
    dataset,
    ids: JSON.stringify(transactionIds),
  }) as TouchedDocument[]
}

/** Each change of the given documents: when (`seq`) and whether it left them existing. */
export function lifeOf(
  db: Db,
  dataset: string,
  documentIds: string[],
): { seq: number; documentId: string; afterRev: string | null }[] {
  return statements(db).versionLife.all({ dataset, ids: JSON.stringify(documentIds) }) as {
    seq: number
    documentId: string
    afterRev: string | null
  }[]
}

/** The state changes of the given release documents, oldest first. */
export function releaseStateChanges(
  db: Db,
  dataset: string,
  releaseDocs: string[],
): ReleaseStateChange[] {
  return statements(db).releaseStates.all({
    dataset,
    ids: JSON.stringify(releaseDocs),
  }) as ReleaseStateChange[]
}
