import { canRead } from '../dataset/access'
import { documentAt, type RevisionSelector } from '../history/documents'
import {
  groupTransactions,
  selectTransactions,
  transactionLine,
  type TransactionsQuery,
} from '../history/transactions'
import type { RequestContext } from '../http/context'
import { badRequest, unauthorized } from '../errors'
import { sendJson } from '../http/respond'
import type { SanityDocument } from '../json'
import type { LakeCore } from '../lake/core'
import { datasetOf, flag } from './shared'

/**
 * `GET /data/history/:dataset/transactions/:ids`: the logged transactions that changed the ids, as
 * NDJSON, for the Studio's history and review-changes panels.
 */
export async function handleHistoryTransactions(
  ctx: RequestContext,
  core: LakeCore,
): Promise<void> {
  const state = datasetOf(ctx, core)
  const ids = readableIds(ctx)
  const query = transactionsQuery(ctx.url.searchParams, ids)
  const transactions = selectTransactions(
    groupTransactions(core.events.transactionsOf(state.name, ids)),
    query,
  )
  const text = transactions.map((t) => `${JSON.stringify(transactionLine(t, query))}\n`).join('')
  ctx.res.writeHead(200, {
    'content-type': 'application/x-ndjson; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
  })
  ctx.res.end(text)
}

/** `GET /data/history/:dataset/documents/:ids?revision=|time=|lastRevision=true`: past revisions. */
export async function handleHistoryDocuments(ctx: RequestContext, core: LakeCore): Promise<void> {
  const state = datasetOf(ctx, core)
  const ids = readableIds(ctx)
  const selector = revisionSelector(ctx.url.searchParams)
  const events = core.events.transactionsOf(state.name, ids)
  const documents: SanityDocument[] = []
  for (const id of ids) {
    const doc = documentAt(id, events, state.get(id), selector)
    if (doc) documents.push(doc)
  }
  sendJson(ctx.res, 200, { documents })
}

/** History needs a token, as on Sanity; the ids come from the path, all readable by the caller. */
function readableIds(ctx: RequestContext): string[] {
  if (ctx.caller.role === 'anonymous') throw unauthorized('Reading history requires a token')
  const ids = (ctx.params.ids ?? '').split(',').filter((id) => id !== '')
  if (ids.length === 0) throw badRequest('Name at least one document id')
  const unreadable = ids.filter((id) => !canRead(ctx.caller.role, id))
  if (unreadable.length > 0) throw badRequest(`Cannot read ${unreadable.join(', ')}`)
  return ids
}

function transactionsQuery(search: URLSearchParams, ids: string[]): TransactionsQuery {
  return {
    ids,
    reverse: flag(search, 'reverse'),
    limit: positiveInt(search, 'limit'),
    fromTransaction: search.get('fromTransaction') ?? undefined,
    toTransaction: search.get('toTransaction') ?? undefined,
    fromTime: time(search, 'fromTime'),
    toTime: time(search, 'toTime'),
    identifiedOnly: flag(search, 'includeIdentifiedDocumentsOnly'),
    mendoza: search.get('effectFormat') === 'mendoza',
    excludeMutations: flag(search, 'excludeMutations'),
    excludeContent: flag(search, 'excludeContent'),
  }
}

function revisionSelector(search: URLSearchParams): RevisionSelector {
  const rev = search.get('revision')
  const at = time(search, 'time')
  const last = flag(search, 'lastRevision')
  if ([rev !== null, at !== undefined, last].filter(Boolean).length > 1)
    throw badRequest('Give only one of "revision", "time" and "lastRevision"')
  if (rev !== null) return { kind: 'revision', rev }
  if (last) return { kind: 'lastRevision' }
  return { kind: 'time', at: at ?? Date.now() }
}

function positiveInt(search: URLSearchParams, name: string): number | undefined {
  const value = search.get(name)
  if (value === null) return undefined
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1) throw badRequest(`"${name}" must be a positive integer`)
  return n
}

function time(search: URLSearchParams, name: string): number | undefined {
  const value = search.get(name)
  if (value === null) return undefined
  const at = Date.parse(value)
  if (Number.isNaN(at)) throw badRequest(`"${name}" must be a date-time, got "${value}"`)
  return at
}
