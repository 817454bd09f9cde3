import type { z } from 'zod'
import type { ContentError } from '../api'

export type InvalidError = Extract<ContentError, { kind: 'invalid' }>

type Segment = PropertyKey

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null

/** `body[3].children[0].text` from `['body', 3, 'children', 0, 'text']`. */
export function formatPath(path: readonly Segment[]): string {
  return path.reduce<string>((out, segment) => {
    if (typeof segment === 'number') return `${out}[${segment}]`
    const name = String(segment)
    if (!/^[A-Za-z_$][\w$]*$/.test(name)) return `${out}[${JSON.stringify(name)}]`
    return out === '' ? name : `${out}.${name}`
  }, '')
}

/**
 * Finds the innermost document (an object with an `_id`) on the way to the failing value, so
 * that the error names the document an editor has to fix and the path inside it.
 */
export function locateDocument(root: unknown, path: readonly Segment[]) {
  let documentId: string | null = null
  let documentType: string | null = null
  let start = 0
  let value = root
  for (let i = 0; i < path.length; i += 1) {
    if (isRecord(value) && typeof value._id === 'string') {
      documentId = value._id
      documentType = typeof value._type === 'string' ? value._type : null
      start = i
    }
    const segment = path[i]
    value =
      isRecord(value) && segment !== undefined
        ? (value as Record<PropertyKey, unknown>)[segment]
        : undefined
  }
  return { documentId, documentType, path: path.slice(start) }
}

/** A zod failure as a ContentError: the document, the path and a one-line message, never a dump. */
export function toInvalidError(
  error: z.ZodError,
  raw: unknown,
  query: string,
  remap: (path: Segment[]) => Segment[] = (path) => path,
): InvalidError {
  const issue = error.issues[0]
  const located = locateDocument(raw, remap(issue ? [...issue.path] : []))
  return {
    kind: 'invalid',
    documentId: located.documentId,
    documentType: located.documentType,
    path: formatPath(located.path) || '(root)',
    message: issue?.message ?? 'Invalid content',
    query,
  }
}
