import type { JsonObject, SanityDocument } from '../json'
import type { Db } from './db'

/** A committed change as kept in the event log. */
export interface StoredEvent {
  seq: number
  dataset: string
  transactionId: string
  documentId: string
  before: SanityDocument | null
  after: SanityDocument | null
  mutations: JsonObject[]
  identity: string
  timestamp: string
}

type NewEvent = Omit<StoredEvent, 'seq'>

/** An events table row as SQLite returns it. */
export interface EventRow {
  seq: number
  dataset: string
  transaction_id: string
  document_id: string
  payload: string
}

/** How many events the log keeps for listeners that reconnect with Last-Event-ID. */
export const EVENT_LOG_SIZE = 10_000

/** The committed-change log: appended in the write transaction, read to resume listeners and queue webhooks. */
export class EventLog {
  private readonly insertStmt
  private readonly sinceStmt
  private readonly boundsStmt
  private readonly pendingStmt
  private readonly clearStmt
  private readonly pruneStmt
  private readonly historyStmt

  constructor(db: Db) {
    this.insertStmt = db.prepare(
      'INSERT INTO events (dataset, transaction_id, document_id, payload, hooks_pending) VALUES (?, ?, ?, ?, ?)',
    )
    this.sinceStmt = db.prepare(
      'SELECT * FROM events WHERE dataset = ? AND seq > ? ORDER BY seq LIMIT ?',
    )
    this.boundsStmt = db.prepare('SELECT min(seq) AS first, max(seq) AS last FROM events')
    this.pendingStmt = db.prepare('SELECT * FROM events WHERE hooks_pending = 1 ORDER BY seq')
    this.clearStmt = db.prepare('UPDATE events SET hooks_pending = 0 WHERE seq = ?')
    this.pruneStmt = db.prepare('DELETE FROM events WHERE seq <= ? AND hooks_pending = 0')
    // Every event of each transaction that touched one of the ids (a JSON array), oldest first.
    this.historyStmt = db.prepare(
      `SELECT * FROM events WHERE dataset = ? AND transaction_id IN (
         SELECT transaction_id FROM events WHERE dataset = ? AND document_id IN (SELECT value FROM json_each(?))
       ) ORDER BY seq`,
    )
  }

  /** Appends an event (inside the write transaction) and returns its sequence number. */
  append(event: NewEvent, hooksPending: boolean): number {
    const { dataset, transactionId, documentId, ...payload } = event
    const info = this.insertStmt.run(
      dataset,
      transactionId,
      documentId,
      JSON.stringify(payload),
      hooksPending ? 1 : 0,
    )
    return Number(info.lastInsertRowid)
  }

  /** Events of a dataset after `seq`, oldest first. */
  since(dataset: string, seq: number, limit = EVENT_LOG_SIZE): StoredEvent[] {
    return (this.sinceStmt.all(dataset, seq, limit) as EventRow[]).map(fromRow)
  }

  /** The events of every logged transaction that changed one of `ids`, oldest first (for history). */
  transactionsOf(dataset: string, ids: string[]): StoredEvent[] {
    return (this.historyStmt.all(dataset, dataset, JSON.stringify(ids)) as EventRow[]).map(fromRow)
  }

  /** The oldest and newest sequence numbers still in the log. */
  bounds(): { first: number; last: number } {
    const row = this.boundsStmt.get() as { first: number | null; last: number | null } | undefined
    return { first: row?.first ?? 0, last: row?.last ?? 0 }
  }

  /** Events whose webhooks have not been queued yet (after a crash, or just committed). */
  pendingHooks(): StoredEvent[] {
    return (this.pendingStmt.all() as EventRow[]).map(fromRow)
  }

  /** Marks an event's webhooks as queued. */
  clearHooks(seq: number): void {
    this.clearStmt.run(seq)
  }

  /** Drops events beyond the log size (never ones with webhooks still to queue). */
  prune(): void {
    const { last } = this.bounds()
    if (last > EVENT_LOG_SIZE) this.pruneStmt.run(last - EVENT_LOG_SIZE)
  }
}

/** A row of the events table as a logged change. */
export function fromRow(row: EventRow): StoredEvent {
  const payload = JSON.parse(row.payload) as Omit<
    StoredEvent,
    'seq' | 'dataset' | 'transactionId' | 'documentId'
  >
  return {
    ...payload,
    seq: row.seq,
    dataset: row.dataset,
    transactionId: row.transaction_id,
    documentId: row.document_id,
  }
}
