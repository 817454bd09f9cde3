import { badRequest } from '../errors'
import { isJsonObject, type JsonObject, type JsonValue } from '../json'
import type { InsertOp, Mutation, PatchOps, Selection } from './types'

const CREATE_TYPES = ['create', 'createOrReplace', 'createIfNotExists'] as const
const PATCH_KEYS = [
  'id',
  'query',
  'params',
  'set',
  'setIfMissing',
  'unset',
  'inc',
  'dec',
  'insert',
  'diffMatchPatch',
  'ifRevisionID',
]

/** Validates the `mutations` array of a mutate request. */
export function parseMutations(value: unknown): Mutation[] {
  if (!Array.isArray(value) || value.length === 0)
    throw badRequest('"mutations" must be a non-empty array')
  return value.map((item, index) => parseMutation(item, index))
}

function parseMutation(item: unknown, index: number): Mutation {
  if (!isJsonObject(item)) throw badRequest(`Mutation at index ${index} must be an object`)
  const keys = Object.keys(item)
  const [type] = keys
  if (keys.length !== 1 || type === undefined) {
    throw badRequest(
      `Mutation at index ${index} must have exactly one key (create, createOrReplace, createIfNotExists, delete or patch)`,
    )
  }
  const body = item[type]
  if (!isJsonObject(body))
    throw badRequest(`Mutation at index ${index}: "${type}" must be an object`)
  const createType = CREATE_TYPES.find((t) => t === type)
  if (createType) return { type: createType, document: body }
  if (type === 'delete') return { type: 'delete', selection: parseSelection(body, index) }
  if (type === 'patch')
    return {
      type: 'patch',
      selection: parseSelection(body, index),
      patch: parsePatchOps(body, index),
    }
  throw badRequest(`Unknown mutation type "${type}" at index ${index}`)
}

/** Reads `{id}`, `{id: [...]}` or `{query, params}`. */
export function parseSelection(body: JsonObject, index: number): Selection {
  const { id, query, params } = body
  if (typeof id === 'string') return { ids: [id] }
  if (Array.isArray(id) && id.every((v): v is string => typeof v === 'string')) return { ids: id }
  if (typeof query === 'string') {
    if (params !== undefined && !isJsonObject(params))
      throw badRequest(`Mutation at index ${index}: "params" must be an object`)
    return { query, params: params ?? {} }
  }
  throw badRequest(`Mutation at index ${index} needs an "id" or a "query"`)
}

/** Validates the operations of a patch (shared by mutations and the edit action). */
export function parsePatchOps(body: JsonObject, index: number): PatchOps {
  const where = `Patch at index ${index}`
  for (const key of Object.keys(body)) {
    if (!PATCH_KEYS.includes(key)) throw badRequest(`${where}: unknown patch operation "${key}"`)
  }
  const ops: PatchOps = {}
  if (body.set !== undefined) ops.set = objectOf(body.set, `${where}: "set"`)
  if (body.setIfMissing !== undefined)
    ops.setIfMissing = objectOf(body.setIfMissing, `${where}: "setIfMissing"`)
  if (body.unset !== undefined) ops.unset = stringsOf(body.unset, `${where}: "unset"`)
  if (body.inc !== undefined) ops.inc = numbersOf(body.inc, `${where}: "inc"`)
  if (body.dec !== undefined) ops.dec = numbersOf(body.dec, `${where}: "dec"`)
  if (body.diffMatchPatch !== undefined)
    ops.diffMatchPatch = stringMapOf(body.diffMatchPatch, `${where}: "diffMatchPatch"`)
  if (body.insert !== undefined) ops.insert = insertOf(body.insert, `${where}: "insert"`)
  if (body.ifRevisionID !== undefined) {
    if (typeof body.ifRevisionID !== 'string')
      throw badRequest(`${where}: "ifRevisionID" must be a string`)
    ops.ifRevisionID = body.ifRevisionID
  }
  return ops
}

function objectOf(value: JsonValue, where: string): JsonObject {
  if (!isJsonObject(value)) throw badRequest(`${where} must be an object of path: value`)
  return value
}

function stringsOf(value: JsonValue, where: string): string[] {
  if (!Array.isArray(value) || !value.every((v): v is string => typeof v === 'string')) {
    throw badRequest(`${where} must be an array of paths`)
  }
  return value
}

function numbersOf(value: JsonValue, where: string): Record<string, number> {
  const map = objectOf(value, where)
  const out: Record<string, number> = {}
  for (const [path, n] of Object.entries(map)) {
    if (typeof n !== 'number' || !Number.isFinite(n))
      throw badRequest(`${where}: "${path}" must be a number`)
    out[path] = n
  }
  return out
}

function stringMapOf(value: JsonValue, where: string): Record<string, string> {
  const map = objectOf(value, where)
  const out: Record<string, string> = {}
  for (const [path, text] of Object.entries(map)) {
    if (typeof text !== 'string') throw badRequest(`${where}: "${path}" must be a patch string`)
    out[path] = text
  }
  return out
}

function insertOf(value: JsonValue, where: string): InsertOp {
  const op = objectOf(value, where)
  const positions = (['before', 'after', 'replace'] as const).filter((p) => op[p] !== undefined)
  const [position] = positions
  const path = position === undefined ? undefined : op[position]
  if (positions.length !== 1 || position === undefined || typeof path !== 'string') {
    throw badRequest(`${where} needs exactly one of "before", "after" or "replace" with a path`)
  }
  if (!Array.isArray(op.items)) throw badRequest(`${where}: "items" must be an array`)
  return { position, path, items: op.items }
}
