/** Any JSON value, as stored in documents and sent over the wire. */
export type JsonValue = null | boolean | number | string | JsonValue[] | JsonObject

export type JsonObject = { [key: string]: JsonValue }

/** A stored document: system fields are always present once written. */
export interface SanityDocument extends JsonObject {
  _id: string
  _type: string
  _rev: string
  _createdAt: string
  _updatedAt: string
}

/** True for a plain JSON object (not an array, not null). */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** True for a value that can be a document: an object with string `_id` and `_type`. */
export function isSanityDocument(value: unknown): value is SanityDocument {
  return isJsonObject(value) && typeof value._id === 'string' && typeof value._type === 'string'
}

/** A deep copy of a JSON value. */
export function cloneJson<T extends JsonValue>(value: T): T {
  return structuredClone(value)
}
