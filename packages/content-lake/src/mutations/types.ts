import type { JsonObject, JsonValue } from '../json'

/** Which documents a delete or patch applies to. */
export type Selection = { ids: string[] } | { query: string; params: Record<string, unknown> }

/** An `insert` operation: items placed before, after or instead of what the path selects. */
export interface InsertOp {
  position: 'before' | 'after' | 'replace'
  path: string
  items: JsonValue[]
}

/** The operations of one patch, applied in the order Sanity's mutator uses. */
export interface PatchOps {
  setIfMissing?: JsonObject
  set?: JsonObject
  unset?: string[]
  diffMatchPatch?: Record<string, string>
  inc?: Record<string, number>
  dec?: Record<string, number>
  insert?: InsertOp
  ifRevisionID?: string
}

/** One mutation of a `/data/mutate` request, validated. */
export type Mutation =
  | { type: 'create' | 'createOrReplace' | 'createIfNotExists'; document: JsonObject }
  | { type: 'delete'; selection: Selection }
  | { type: 'patch'; selection: Selection; patch: PatchOps }

/** Options of a mutate request that change how documents are written. */
export interface WriteOptions {
  autoGenerateArrayKeys: boolean
}
