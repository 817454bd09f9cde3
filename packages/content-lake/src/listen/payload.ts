import type { JsonObject, SanityDocument } from '../json'
import type { StoredEvent } from '../store/events'

/** What a listener asked to receive with each mutation event. */
export interface PayloadOptions {
  includeResult: boolean
  includePreviousRevision: boolean
  includeMutations: boolean
  effects: boolean
}

/** How a document's membership in the listener's set changed. */
export type Transition = 'appear' | 'update' | 'disappear'

/** The data of one `mutation` event, in the shape Sanity's listen API sends. */
export function mutationPayload(
  event: StoredEvent,
  transition: Transition,
  position: { index: number; total: number },
  options: PayloadOptions,
): JsonObject {
  const payload: JsonObject = {
    eventId: `${event.transactionId}#${event.documentId}`,
    documentId: event.documentId,
    transactionId: event.transactionId,
    transition,
    identity: event.identity,
    resultRev: event.after?._rev ?? event.transactionId,
    timestamp: event.timestamp,
    visibility: 'query',
    transactionTotalEvents: position.total,
    transactionCurrentEvent: position.index,
  }
  if (event.before) payload.previousRev = event.before._rev
  if (options.includeMutations) payload.mutations = event.mutations
  if (options.includeResult && event.after) payload.result = event.after
  if (options.includePreviousRevision) payload.previous = event.before
  // A whole-value mendoza patch: opcode 0 means "the output is this literal value".
  if (options.effects)
    payload.effects = { apply: [0, withoutRev(event.after)], revert: [0, withoutRev(event.before)] }
  return payload
}

function withoutRev(doc: SanityDocument | null): JsonObject | null {
  if (!doc) return null
  const { _rev: _ignored, ...rest } = doc
  return rest
}
