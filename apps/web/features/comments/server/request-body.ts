import { wellFormed } from './well-formed'

/**
 * Reads a comment submission's body without trusting its headers: the size is enforced while
 * streaming (a missing or lying Content-Length changes nothing) and only three encodings are read.
 */

/** How the submission was encoded. */
export type BodyKind = 'form' | 'multipart' | 'json'

export type BodyRead =
  | { ok: true; fields: Record<string, unknown> }
  | { ok: false; problem: 'unsupported-type' | 'too-large' | 'malformed' }

/** The body kind a Content-Type announces, or `null` for anything the endpoint does not read. */
export function bodyKind(contentType: string | null): BodyKind | null {
  const mediaType = contentType?.split(';')[0]?.trim().toLowerCase()
  switch (mediaType) {
    case 'application/x-www-form-urlencoded':
      return 'form'
    case 'multipart/form-data':
      return 'multipart'
    case 'application/json':
      return 'json'
    default:
      return null
  }
}

async function readAtMost(
  request: Request,
  maxBytes: number,
): Promise<Uint8Array<ArrayBuffer> | null> {
  const declared = Number(request.headers.get('content-length') ?? '0')
  if (Number.isFinite(declared) && declared > maxBytes) return null
  if (!request.body) return new Uint8Array(0)
  const chunks: Uint8Array[] = []
  let size = 0
  const reader = request.body.getReader()
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBytes) {
      await reader.cancel()
      return null
    }
    chunks.push(value)
  }
  const bytes = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return bytes
}

function fieldsOf(entries: Iterable<[string, unknown]>): Record<string, unknown> {
  const fields = new Map<string, unknown>()
  // The first value of a repeated field wins, as in every form library.
  for (const [name, value] of entries)
    if (!fields.has(name)) fields.set(name, typeof value === 'string' ? wellFormed(value) : value)
  // fromEntries defines own properties, so a field named __proto__ is only data.
  return Object.fromEntries(fields)
}

async function parse(
  kind: BodyKind,
  bytes: Uint8Array<ArrayBuffer>,
  contentType: string,
): Promise<Record<string, unknown> | null> {
  switch (kind) {
    case 'form':
      return fieldsOf(new URLSearchParams(new TextDecoder('utf-8', { fatal: true }).decode(bytes)))
    case 'json': {
      const value: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes))
      return typeof value === 'object' && value !== null && !Array.isArray(value)
        ? fieldsOf(Object.entries(value))
        : null
    }
    case 'multipart': {
      const form = await new Response(bytes, {
        headers: { 'content-type': contentType },
      }).formData()
      const entries = [...form.entries()]
      return entries.every(([, value]) => typeof value === 'string') ? fieldsOf(entries) : null
    }
  }
}

/** Reads and decodes the body of `request`, at most `maxBytes` of it. */
export async function readCommentBody(request: Request, maxBytes: number): Promise<BodyRead> {
  const contentType = request.headers.get('content-type') ?? ''
  const kind = bodyKind(contentType)
  if (!kind) return { ok: false, problem: 'unsupported-type' }
  try {
    const bytes = await readAtMost(request, maxBytes)
    if (!bytes) return { ok: false, problem: 'too-large' }
    const fields = await parse(kind, bytes, contentType)
    return fields ? { ok: true, fields } : { ok: false, problem: 'malformed' }
  } catch {
    // Invalid UTF-8, broken JSON or multipart, or an aborted upload: nothing readable arrived.
    return { ok: false, problem: 'malformed' }
  }
}
