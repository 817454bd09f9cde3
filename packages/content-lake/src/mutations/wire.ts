import type { JsonObject } from '../json'
import type { PatchOps } from './types'

/** The `{patch: {id, ...}}` form of a patch on one document, as listeners receive it in `mutations`. */
export function patchToWire(id: string, ops: PatchOps): JsonObject {
  const wire: JsonObject = { id }
  if (ops.setIfMissing) wire.setIfMissing = ops.setIfMissing
  if (ops.set) wire.set = ops.set
  if (ops.unset) wire.unset = ops.unset
  if (ops.diffMatchPatch) wire.diffMatchPatch = ops.diffMatchPatch
  if (ops.inc) wire.inc = ops.inc
  if (ops.dec) wire.dec = ops.dec
  if (ops.insert) wire.insert = { [ops.insert.position]: ops.insert.path, items: ops.insert.items }
  if (ops.ifRevisionID) wire.ifRevisionID = ops.ifRevisionID
  return { patch: wire }
}
