/**
 * The plain-text fields the preview can show before the server render does: an article's title
 * and excerpt, a deal's label, message and emoji. The fields route (app/api/draft-mode/fields)
 * returns only these, and `LiveText` shows only these.
 */
export const LIVE_FIELDS = {
  article: ['title', 'excerpt'],
  deal: ['label', 'message', 'emoji'],
} as const

export type LiveField = (typeof LIVE_FIELDS)[keyof typeof LIVE_FIELDS][number]

/** Current values by document id, then field: what the fields route answers. */
export type FieldValues = Readonly<Record<string, Readonly<Partial<Record<LiveField, string>>>>>

const FIELD_NAMES: ReadonlySet<string> = new Set(Object.values(LIVE_FIELDS).flat())

export function isLiveField(name: string): name is LiveField {
  return FIELD_NAMES.has(name)
}

/** Most documents one preview asks about at once (a list page's cards plus the deal). */
export const MAX_LIVE_DOCUMENTS = 40

/**
 * A published document id as the preview addresses it: Sanity's id charset, no dot. Ids with a
 * dot are drafts, versions or private sub-path documents (comments, the preview secret); the
 * perspective decides which draft or version is read.
 */
const DOCUMENT_ID = /^[A-Za-z0-9_-][A-Za-z0-9_-]{0,127}$/

/** The ids of a `?ids=a,b` value, or an error message saying what is wrong with it. */
export function parseLiveDocumentIds(value: string | null): string[] | { error: string } {
  if (value === null || value === '') return { error: 'ids is required, e.g. ?ids=article-1' }
  const ids = value.split(',')
  if (ids.length > MAX_LIVE_DOCUMENTS)
    return { error: `at most ${MAX_LIVE_DOCUMENTS} ids, got ${ids.length}` }
  const invalid = ids.find((id) => !DOCUMENT_ID.test(id))
  if (invalid !== undefined)
    return { error: `not a published document id: ${JSON.stringify(invalid.slice(0, 140))}` }
  return [...new Set(ids)]
}

/** The fields route's answer read in the browser: strings of known fields, nothing else. */
export function parseFieldValues(body: unknown): FieldValues {
  if (typeof body !== 'object' || body === null) return {}
  const documents: unknown = Reflect.get(body, 'documents')
  if (typeof documents !== 'object' || documents === null) return {}
  const values: Record<string, Partial<Record<LiveField, string>>> = {}
  for (const [id, fields] of Object.entries(documents as Record<string, unknown>)) {
    if (typeof fields !== 'object' || fields === null) continue
    const known: Partial<Record<LiveField, string>> = {}
    for (const [name, value] of Object.entries(fields))
      if (isLiveField(name) && typeof value === 'string') known[name] = value
    values[id] = known
  }
  return values
}
