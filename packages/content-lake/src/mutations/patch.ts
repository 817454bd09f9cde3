import { applyPatches, parsePatch } from '@sanity/diff-match-patch'
import { cloneJson, isJsonObject, type JsonObject, type JsonValue } from '../json'
import { parsePath, PathError, type Segment } from './paths'
import {
  isArrayTarget,
  rangeBounds,
  readTarget,
  resolveTargets,
  resolveValues,
  selectIndices,
  writeTarget,
} from './targets'
import type { InsertOp, PatchOps } from './types'

/** Thrown when a patch cannot be applied to a document. */
export class PatchError extends Error {}

/**
 * Applies a patch to a copy of a document, in the order of Sanity's mutator (which the Studio also runs
 * locally): setIfMissing, set, unset, diffMatchPatch, inc, dec, insert.
 */
export function applyPatch(doc: JsonObject, ops: PatchOps): JsonObject {
  const next = cloneJson(doc)
  try {
    for (const [path, value] of Object.entries(ops.setIfMissing ?? {})) {
      for (const t of resolveTargets(next, parse(path), true))
        if (readTarget(t) === undefined) writeTarget(t, cloneJson(value))
    }
    for (const [path, value] of Object.entries(ops.set ?? {})) {
      for (const t of resolveTargets(next, parse(path), true)) writeTarget(t, cloneJson(value))
    }
    for (const path of ops.unset ?? []) unset(next, parse(path))
    for (const [path, patchText] of Object.entries(ops.diffMatchPatch ?? {}))
      diffMatchPatch(next, parse(path), patchText)
    for (const [path, delta] of Object.entries(ops.inc ?? {})) increment(next, parse(path), delta)
    for (const [path, delta] of Object.entries(ops.dec ?? {})) increment(next, parse(path), -delta)
    if (ops.insert) insert(next, ops.insert)
  } catch (error) {
    if (error instanceof PathError) throw new PatchError(error.message)
    throw error
  }
  return next
}

function parse(path: string): Segment[] {
  return parsePath(path)
}

function unset(doc: JsonObject, segments: Segment[]): void {
  const targets = resolveTargets(doc, segments, false)
  // Remove array items from the highest index down so earlier removals do not shift later ones.
  const arrayTargets = targets.filter(isArrayTarget).sort((a, b) => b.key - a.key)
  for (const t of arrayTargets) t.container.splice(t.key, 1)
  for (const t of targets) if (!isArrayTarget(t)) delete t.container[t.key]
}

function increment(doc: JsonObject, segments: Segment[], delta: number): void {
  for (const t of resolveTargets(doc, segments, false)) {
    const value = readTarget(t)
    if (typeof value === 'number' && Number.isFinite(value)) writeTarget(t, value + delta)
  }
}

function diffMatchPatch(doc: JsonObject, segments: Segment[], patchText: string): void {
  const patches = parsePatch(patchText)
  for (const t of resolveTargets(doc, segments, false)) {
    const value = readTarget(t)
    if (typeof value === 'string')
      writeTarget(t, applyPatches(patches, value, { allowExceedingIndices: true })[0])
  }
}

function insert(doc: JsonObject, op: InsertOp): void {
  const segments = parse(op.path)
  const selector = segments[segments.length - 1]
  if (!selector || selector.kind === 'attribute') {
    throw new PatchError(
      `insert path "${op.path}" must end with an array selector such as [0], [-1] or [_key=="..."]`,
    )
  }
  for (const list of resolveValues(doc, segments.slice(0, -1))) {
    if (!Array.isArray(list))
      throw new PatchError(`insert path "${op.path}" does not point into an array`)
    insertInto(list, selector, op)
  }
}

function insertInto(list: JsonValue[], selector: Segment, op: InsertOp): void {
  const items = op.items.map((item) => cloneJson(item))
  const len = list.length
  if (selector.kind === 'index') {
    const i = selector.index < 0 ? len + selector.index : selector.index
    if (op.position === 'replace') {
      if (i >= 0 && i < len) list.splice(i, 1, ...items)
      return
    }
    const at = op.position === 'before' ? i : i + 1
    list.splice(Math.min(len, Math.max(0, at)), 0, ...items)
    return
  }
  if (selector.kind === 'range') {
    const [start, end] = rangeBounds(len, selector.start, selector.end)
    if (op.position === 'before') list.splice(start, 0, ...items)
    else if (op.position === 'after') list.splice(end, 0, ...items)
    else list.splice(start, Math.max(0, end - start), ...items)
    return
  }
  const indices = selectIndices(list, selector)
  const first = indices[0]
  const last = indices[indices.length - 1]
  if (first === undefined || last === undefined) return
  if (op.position === 'before') list.splice(first, 0, ...items)
  else if (op.position === 'after') list.splice(last + 1, 0, ...items)
  else {
    for (const i of [...indices].reverse()) list.splice(i, 1)
    list.splice(first, 0, ...items)
  }
}

/** Gives array items that are objects a random `_key` when they have none (`autoGenerateArrayKeys`). */
export function addMissingKeys(value: JsonValue, makeKey: () => string): JsonValue {
  if (Array.isArray(value)) {
    return value.map((item) => {
      const next = addMissingKeys(item, makeKey)
      return isJsonObject(next) && typeof next._key !== 'string'
        ? { _key: makeKey(), ...next }
        : next
    })
  }
  if (!isJsonObject(value)) return value
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, addMissingKeys(v, makeKey)]))
}
