/**
 * GROQ's comparison rules for JSON values, as groq-js implements them (evaluator/equality.ts and
 * ordering.ts). Document data never holds datetimes or paths, so those types do not occur here.
 */
export type JsonType = 'null' | 'number' | 'string' | 'boolean' | 'array' | 'object'

/** GROQ's type of a JSON value (`undefined` is null). */
export function groqType(value: unknown): JsonType {
  if (value === null || value === undefined) return 'null'
  if (Array.isArray(value)) return 'array'
  const type = typeof value
  return type === 'number' || type === 'string' || type === 'boolean' ? type : 'object'
}

/** `==`: equal scalars of the same type (null equals null); arrays and objects are never equal. */
export function groqEqual(a: unknown, b: unknown): boolean {
  const type = groqType(a)
  if (type !== groqType(b)) return false
  if (type === 'null') return true
  return (type === 'string' || type === 'number' || type === 'boolean') && a === b
}

/** `<`, `>` and friends: a comparison of two numbers, strings or booleans of one type, else null. */
export function partialCompare(a: unknown, b: unknown): number | null {
  const type = groqType(a)
  if (type !== groqType(b)) return null
  if (type === 'number' || type === 'boolean') return Number(a) - Number(b)
  if (type === 'string')
    return (a as string) < (b as string) ? -1 : (a as string) > (b as string) ? 1 : 0
  return null
}

const TYPE_ORDER: Partial<Record<JsonType, number>> = { number: 2, string: 3, boolean: 4 }

/** `order()`: numbers before strings before booleans before everything else; ties compare as equal. */
export function totalCompare(a: unknown, b: unknown): number {
  // Fast paths for the common sort keys (dates as strings, numbers); same results as the general rule.
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0
  if (typeof a === 'number' && typeof b === 'number') return a - b
  const orderA = TYPE_ORDER[groqType(a)] ?? 100
  const orderB = TYPE_ORDER[groqType(b)] ?? 100
  if (orderA !== orderB) return orderA - orderB
  return partialCompare(a, b) ?? 0
}
