import { itemsError } from '../errors'
import type { JsonObject, SanityDocument } from '../json'

/** Throws an `actionError` for the action at `index`. */
export function fail(
  index: number,
  failure: { status: number; type: string; description: string; id?: string },
): never {
  throw itemsError('actionError', { index, ...failure })
}

/** A document's content without the fields a write sets anew (revision, update time, perspective id). */
export function withoutSystemFields(doc: SanityDocument): JsonObject {
  const { _rev: _r, _updatedAt: _u, _originalId: _o, ...rest } = doc
  return rest
}
