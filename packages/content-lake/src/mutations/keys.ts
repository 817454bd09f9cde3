import { randomId } from '../ids'
import type { JsonObject } from '../json'
import { addMissingKeys } from './patch'
import type { PatchOps, WriteOptions } from './types'

/** `autoGenerateArrayKeys` for a document to create. */
export function withKeys(doc: JsonObject, options: WriteOptions): JsonObject {
  if (!options.autoGenerateArrayKeys) return doc
  const keyed = addMissingKeys(doc, () => randomId(12))
  return typeof keyed === 'object' && keyed !== null && !Array.isArray(keyed) ? keyed : doc
}

/** `autoGenerateArrayKeys` for the values a patch writes. */
export function patchWithKeys(ops: PatchOps): PatchOps {
  const key = (): string => randomId(12)
  const mapValues = (obj: JsonObject | undefined): JsonObject | undefined =>
    obj && Object.fromEntries(Object.entries(obj).map(([k, v]) => [k, addMissingKeys(v, key)]))
  return {
    ...ops,
    set: mapValues(ops.set),
    setIfMissing: mapValues(ops.setIfMissing),
    insert: ops.insert && {
      ...ops.insert,
      items: ops.insert.items.map((item) => addMissingKeys(item, key)),
    },
  }
}
