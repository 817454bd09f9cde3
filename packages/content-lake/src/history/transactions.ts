import type { JsonObject, SanityDocument } from '../json'
import type { StoredEvent } from '../store/events'

/** One transaction as Sanity's history API lists it. */
export interface HistoryTransaction {
  id: string
  timestamp: string
  author: string
  documentIDs: string[]
  events: StoredEvent[]
}

/** What a `/data/history/:dataset/transactions/:ids` request asked for. */
export interface TransactionsQuery {
  ids: string[]
  reverse: boolean
  limit: number | undefined
  fromTransaction: string | undefined
  toTransaction: string | undefined
  fromTime: number | undefined
  toTime: number | undefined
  identifiedOnly: boolean
  mendoza: boolean
  excludeMutations: boolean
  excludeContent: boolean
}

/** Groups logged events into transactions (oldest first), as they were committed. */
export function groupTransactions(events: StoredEvent[]): HistoryTransaction[] {
  const byId = new Map<string, HistoryTransaction>()
  for (const event of events) {
    let transaction = byId.get(event.transactionId)
    if (!transaction) {
      transaction = {
        id: event.transactionId,
        timestamp: event.timestamp,
        author: event.identity,
        documentIDs: [],
        events: [],
      }
      byId.set(event.transactionId, transaction)
    }
    transaction.documentIDs.push(event.documentId)
    transaction.events.push(event)
  }
  return [...byId.values()]
}

/**
 * Applies the range (`fromTransaction`/`toTransaction` inclusive, `fromTime`/`toTime`), order and
 * limit of a request to transactions listed oldest first.
 */
export function selectTransactions(
  all: HistoryTransaction[],
  query: TransactionsQuery,
): HistoryTransaction[] {
  let start = 0
  let end = all.length
  if (query.fromTransaction !== undefined) {
    const at = all.findIndex((t) => t.id === query.fromTransaction)
    if (at >= 0) start = at
  }
  if (query.toTransaction !== undefined) {
    const at = all.findIndex((t) => t.id === query.toTransaction)
    if (at >= 0) end = at + 1
  }
  let selected = all.slice(start, end).filter((t) => {
    const at = Date.parse(t.timestamp)
    return (
      (query.fromTime === undefined || at >= query.fromTime) &&
      (query.toTime === undefined || at <= query.toTime)
    )
  })
  if (query.reverse) selected = selected.reverse()
  return query.limit === undefined ? selected : selected.slice(0, query.limit)
}

/** A transaction's NDJSON line: effects as whole-value mendoza patches, like the listener's. */
export function transactionLine(
  transaction: HistoryTransaction,
  query: TransactionsQuery,
): JsonObject {
  const wanted = new Set(query.ids)
  const events = query.identifiedOnly
    ? transaction.events.filter((event) => wanted.has(event.documentId))
    : transaction.events
  const line: JsonObject = {
    id: transaction.id,
    timestamp: transaction.timestamp,
    author: transaction.author,
    documentIDs: events.map((event) => event.documentId),
  }
  if (query.mendoza) {
    const effects: JsonObject = {}
    for (const event of events)
      effects[event.documentId] = {
        apply: [0, withoutRev(event.after)],
        revert: [0, withoutRev(event.before)],
      }
    line.effects = effects
  }
  if (!query.excludeMutations)
    line.mutations = query.excludeContent ? [] : events.flatMap((event) => event.mutations)
  return line
}

function withoutRev(doc: SanityDocument | null): JsonObject | null {
  if (!doc) return null
  const { _rev: _ignored, ...rest } = doc
  return rest
}
