import type { Db } from '../store/db'
import { fromRow, type EventRow, type StoredEvent } from '../store/events'

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

// A change that created or deleted the row's document (edits of drafts and versions are no events).
const CREATED_OR_DELETED =
  "(json_extract(payload, '$.before') IS NULL OR json_extract(payload, '$.after') IS NULL)"
const STATE_CHANGED =
  "json_extract(payload, '$.before.state') IS NOT json_extract(payload, '$.after.state')"
// A version of the group's published id: `versions.<release>.` then the id (the caller rechecks).
const GROUP_VERSION =
  "(document_id GLOB 'versions.*' AND substr(document_id, -length(@suffix)) = @suffix)"

// CASE makes SQLite test the id before it parses the payload: with AND/OR it may parse every
// row of the log first, which made a document's page five times slower on a full log.
const SQL = {
  releasePage: `SELECT * FROM events WHERE dataset = @dataset AND seq < @before AND (CASE
      WHEN document_id = @releaseDoc THEN 1
      WHEN substr(document_id, 1, length(@versionPrefix)) = @versionPrefix THEN ${CREATED_OR_DELETED}
      ELSE 0 END)
    ORDER BY seq DESC LIMIT @limit`,
  groupPage: `SELECT * FROM events WHERE dataset = @dataset AND seq < @before AND (CASE
      WHEN document_id = @published THEN 1
      WHEN document_id = @draft OR ${GROUP_VERSION} THEN ${CREATED_OR_DELETED}
      WHEN document_id IN (SELECT value FROM json_each(@releaseDocs)) THEN ${STATE_CHANGED}
      ELSE 0 END)
    ORDER BY seq DESC LIMIT @limit`,
  touched: `SELECT transaction_id AS transactionId, document_id AS documentId,
      json_extract(payload, '$.before._rev') AS beforeRev, json_extract(payload, '$.after._rev') AS afterRev
    FROM events WHERE dataset = @dataset AND transaction_id IN (SELECT value FROM json_each(@ids)) ORDER BY seq`,
  groupVersions: `SELECT DISTINCT document_id AS documentId FROM events WHERE dataset = @dataset AND ${GROUP_VERSION}`,
  versionLife: `SELECT seq, document_id AS documentId, json_extract(payload, '$.after._rev') AS afterRev
    FROM events WHERE dataset = @dataset AND document_id IN (SELECT value FROM json_each(@ids)) ORDER BY seq`,
  releaseStates: `SELECT seq, document_id AS documentId, json_extract(payload, '$.before.state') AS before,
      json_extract(payload, '$.after.state') AS after
    FROM events WHERE dataset = @dataset
      AND (CASE WHEN document_id IN (SELECT value FROM json_each(@ids)) THEN ${STATE_CHANGED} ELSE 0 END)
    ORDER BY seq`,
} as const

type Statements = { [K in keyof typeof SQL]: ReturnType<Db['prepare']> }
const prepared = new WeakMap<Db, Statements>()

function statements(db: Db): Statements {
  let found = prepared.get(db)
  if (!found) {
    found = {
      releasePage: db.prepare(SQL.releasePage),
      groupPage: db.prepare(SQL.groupPage),
      touched: db.prepare(SQL.touched),
      groupVersions: db.prepare(SQL.groupVersions),
      versionLife: db.prepare(SQL.versionLife),
      releaseStates: db.prepare(SQL.releaseStates),
    }
    prepared.set(db, found)
  }
  return found
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
