import { randomBytes } from 'node:crypto'

const DRAFTS_PREFIX = 'drafts.'
const VERSIONS_PREFIX = 'versions.'
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'

/** True for `drafts.` ids. */
export function isDraftId(id: string): boolean {
  return id.startsWith(DRAFTS_PREFIX)
}

/** True for `versions.<release>.<publishedId>` ids: a document's version in a release. */
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

const RELEASES_PREFIX = '_.releases.'
const RELEASE_ID = /^[A-Za-z0-9_-]{1,128}$/

/** True for a name a release may have (the `<releaseId>` in `_.releases.<releaseId>` and `versions.`). */
export function isValidReleaseId(releaseId: string): boolean {
  return RELEASE_ID.test(releaseId)
}

/** The id of a release's system document. */
export function releaseDocumentId(releaseId: string): string {
  return `${RELEASES_PREFIX}${releaseId}`
}

/** True for a release system document id (`_.releases.<releaseId>`). */
export function isReleaseDocumentId(id: string): boolean {
  return id.startsWith(RELEASES_PREFIX)
}

/** The id of a document's version in a release. */
export function versionIdOf(releaseId: string, publishedId: string): string {
  return `${VERSIONS_PREFIX}${releaseId}.${publishedId}`
}

/** The release and published id a `versions.` id names, or undefined for any other id. */
export function parseVersionId(id: string): { releaseId: string; publishedId: string } | undefined {
  if (!isVersionId(id)) return undefined
  const rest = id.slice(VERSIONS_PREFIX.length)
  const dot = rest.indexOf('.')
  if (dot <= 0 || dot === rest.length - 1) return undefined
  return { releaseId: rest.slice(0, dot), publishedId: rest.slice(dot + 1) }
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

/** True for an id without a path separator (`path('*')` in Sanity's ACL filters). */
export function isRootPathId(id: string): boolean {
  return !id.includes('.')
}
