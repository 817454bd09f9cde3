import { isJsonObject, type JsonObject, type JsonValue } from '../json'
import type { Segment } from './paths'

/** A place a patch operation writes to: an object attribute or an array slot. */
export type Target =
  { container: JsonObject; key: string } | { container: JsonValue[]; key: number }

/** Indices of `list` an array segment selects, ascending. */
export function selectIndices(list: JsonValue[], segment: Segment): number[] {
  const len = list.length
  switch (segment.kind) {
    case 'index': {
      const i = segment.index < 0 ? len + segment.index : segment.index
      return i >= 0 && i < len ? [i] : []
    }
    case 'range': {
      const [start, end] = rangeBounds(len, segment.start, segment.end)
      return Array.from({ length: Math.max(0, end - start) }, (_, k) => start + k)
    }
    case 'match':
      return list.flatMap((item, i) =>
        isJsonObject(item) && item[segment.attribute] === segment.value ? [i] : [],
      )
    case 'all':
      return list.map((_, i) => i)
    case 'attribute':
      return []
  }
}

/** A range's bounds clamped to the list, with negative numbers counted from the end. */
export function rangeBounds(
  len: number,
  start: number | null,
  end: number | null,
): [number, number] {
  const norm = (n: number): number => Math.min(len, Math.max(0, n < 0 ? len + n : n))
  return [norm(start ?? 0), norm(end ?? len)]
}

/**
 * Every target the path reaches. With `create`, missing or primitive values on the way to an attribute
 * become `{}`, which is how `set` and `setIfMissing` build nested objects.
 */
export function resolveTargets(root: JsonObject, segments: Segment[], create: boolean): Target[] {
  const [head, ...tail] = segments
  if (!head) return []
  return step(root, head, tail, create)
}

function step(value: JsonValue, segment: Segment, rest: Segment[], create: boolean): Target[] {
  if (segment.kind === 'attribute') {
    if (!isJsonObject(value)) return []
    const [next, ...tail] = rest
    if (!next) return [{ container: value, key: segment.name }]
    let child = value[segment.name]
    if (create && next.kind === 'attribute' && !isContainer(child)) {
      child = {}
      value[segment.name] = child
    }
    return child === undefined ? [] : step(child, next, tail, create)
  }
  if (!Array.isArray(value)) return []
  const [next, ...tail] = rest
  const indices = selectIndices(value, segment)
  if (!next) return indices.map((key) => ({ container: value, key }))
  return indices.flatMap((i) => {
    const child = value[i]
    return child === undefined ? [] : step(child, next, tail, create)
  })
}

function isContainer(value: JsonValue | undefined): boolean {
  return typeof value === 'object' && value !== null
}

/** The values a path reaches (used by `insert` to find its arrays). */
export function resolveValues(root: JsonObject, segments: Segment[]): JsonValue[] {
  if (segments.length === 0) return [root]
  return resolveTargets(root, segments, false).flatMap((target) => {
    const value = readTarget(target)
    return value === undefined ? [] : [value]
  })
}

/** True for an array slot. */
export function isArrayTarget(target: Target): target is { container: JsonValue[]; key: number } {
  return Array.isArray(target.container)
}

/** The value at a target, if any. */
export function readTarget(target: Target): JsonValue | undefined {
  return isArrayTarget(target) ? target.container[target.key] : target.container[target.key]
}

/** Writes a value at a target. */
export function writeTarget(target: Target, value: JsonValue): void {
  if (isArrayTarget(target)) target.container[target.key] = value
  else target.container[target.key] = value
}
