import { randomBytes } from 'node:crypto'

const DRAFTS_PREFIX = 'drafts.'
const VERSIONS_PREFIX = 'versions.'
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'

/** True for `drafts.` ids. */
export function isDraftId(id: string): boolean {
  return id.startsWith(DRAFTS_PREFIX)
}

/** True for `versions.<release>.` ids (release versions, which this lake stores but does not interpret). */
export function isVersionId(id: string): boolean {
  return id.startsWith(VERSIONS_PREFIX)
}

/** True for an id that is neither a draft nor a version. */
export function isPublishedId(id: string): boolean {
  return !isDraftId(id) && !isVersionId(id)
}

/** The published id a draft or published id belongs to. */
export function publishedIdOf(id: string): string {
  return isDraftId(id) ? id.slice(DRAFTS_PREFIX.length) : id
}

/** The draft id for a published id. */
export function draftIdOf(id: string): string {
  return isDraftId(id) ? id : `${DRAFTS_PREFIX}${id}`
}

/** A random id from [A-Za-z0-9], like Sanity's transaction ids and revisions. */
export function randomId(length = 22): string {
  const bytes = randomBytes(length * 2)
  let out = ''
  // Rejection sampling keeps the distribution uniform (256 is not a multiple of 62).
  for (const byte of bytes) {
    if (byte < 248) out += ALPHABET[byte % 62]
    if (out.length === length) return out
  }
  return out + randomId(length - out.length)
}

const DOCUMENT_ID = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,199}$/

/** True when an id is one Sanity would accept. */
export function isValidDocumentId(id: string): boolean {
  return DOCUMENT_ID.test(id) && !id.includes('..') && !id.endsWith('.')
}

/** A Sanity-style timestamp: ISO 8601 in UTC. */
export function nowIso(): string {
  return new Date().toISOString()
}
