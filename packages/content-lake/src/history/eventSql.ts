import type { Db } from '../store/db'

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

/** The history events queries, prepared once per database. */
export function statements(db: Db): Statements {
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
