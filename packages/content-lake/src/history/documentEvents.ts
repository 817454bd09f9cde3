import { SCHEDULER_IDENTITY } from '../releases/scheduler'
import { isDraftId, parseVersionId } from '../ids'
import type { JsonObject } from '../json'
import type { StoredEvent } from '../store/events'
import type { TouchedDocument } from './eventRows'
import { scheduleEvent, type ScheduleTimeline } from './scheduleEvents'

/**
 * One entry of a document's history, as Studio 5 reads it from
 * `/data/history/:dataset/events/documents/:id` (it adds `id` and `documentVariantType` itself).
 */
export type DocumentEvent = {
  type: string
  timestamp: string
  author: string
  documentId: string
} & JsonObject

/** The document group of a published id: what its events are about. */
export interface DocumentGroup {
  publishedId: string
  draftId: string
}

/** True when `id` is the group's published document, its draft or one of its versions. */
export function inGroup(group: DocumentGroup, id: string): boolean {
  return (
    id === group.publishedId ||
    id === group.draftId ||
    parseVersionId(id)?.publishedId === group.publishedId
  )
}

/**
 * The events of a document group in a page of its logged changes (newest first). A transaction
 * that publishes, unpublishes or deletes the group is one event, not one per document it touched.
 */
export function documentEvents(
  group: DocumentGroup,
  rows: StoredEvent[],
  touched: TouchedDocument[],
  schedules: ScheduleTimeline,
): DocumentEvent[] {
  const byTransaction = new Map<string, TouchedDocument[]>()
  for (const t of touched) {
    if (!inGroup(group, t.documentId)) continue
    byTransaction.set(t.transactionId, [...(byTransaction.get(t.transactionId) ?? []), t])
  }
  const events: DocumentEvent[] = []
  for (const row of rows) {
    const base = {
      timestamp: row.timestamp,
      author: row.identity,
      documentId: group.publishedId,
    }
    const together = byTransaction.get(row.transactionId) ?? []
    const body =
      row.documentId === group.publishedId
        ? publishedChange(row, together, group)
        : inGroup(group, row.documentId)
          ? variantChange(row, together, group)
          : scheduleEvent(row, group.publishedId, schedules)
    if (body) events.push({ ...base, ...body })
  }
  return events
}

type EventBody = { type: string } & JsonObject

/** A change of the published document: a publish, an unpublish, a deletion or a live edit. */
function publishedChange(
  row: StoredEvent,
  together: TouchedDocument[],
  group: DocumentGroup,
): EventBody | undefined {
  if (row.after) {
    const source = together.find((t) => t.documentId !== group.publishedId && t.afterRev === null)
    if (source) return publishEvent(row, source)
    return {
      type: row.before ? 'updateLiveDocument' : 'createLiveDocument',
      revisionId: row.after._rev,
    }
  }
  const draft = together.find((t) => t.documentId === group.draftId && t.afterRev !== null)
  if (draft?.afterRev)
    return {
      type: 'unpublishDocument',
      versionId: draft.documentId,
      versionRevisionId: draft.afterRev,
    }
  return row.before ? { type: 'deleteDocumentGroup' } : undefined
}

function publishEvent(row: StoredEvent, source: TouchedDocument): EventBody {
  const releaseId = parseVersionId(source.documentId)?.releaseId
  const cause = !releaseId
    ? 'document.publish'
    : row.identity === SCHEDULER_IDENTITY
      ? 'release.schedule'
      : 'release.publish'
  const event: EventBody = {
    type: 'publishDocumentVersion',
    revisionId: row.after?._rev ?? '',
    versionId: source.documentId,
    publishCause: cause,
  }
  if (source.beforeRev !== null) event.versionRevisionId = source.beforeRev
  if (releaseId) event.releaseId = releaseId
  return event
}

/**
 * A draft or version created or deleted. Creations by an unpublish, and deletions by a publish or
 * by deleting the whole group, belong to the published document's event.
 */
function variantChange(
  row: StoredEvent,
  together: TouchedDocument[],
  group: DocumentGroup,
): EventBody | undefined {
  const published = together.find((t) => t.documentId === group.publishedId)
  const releaseId = isDraftId(row.documentId)
    ? undefined
    : parseVersionId(row.documentId)?.releaseId
  const target: JsonObject = { versionId: row.documentId }
  if (releaseId) target.releaseId = releaseId
  if (!row.before && row.after) {
    if (published?.afterRev === null) return undefined
    return { type: 'createDocumentVersion', ...target, versionRevisionId: row.after._rev }
  }
  if (row.before && !row.after) {
    if (published) return undefined
    return { type: 'deleteDocumentVersion', ...target, versionRevisionId: row.before._rev }
  }
  return undefined
}
