import { isValidDocumentId, nowIso, randomId } from '../ids'
import { isJsonObject, type SanityDocument } from '../json'
import type { Db } from './db'
import type { DocumentTable } from './documents'

/** Thrown when an NDJSON file is not importable; the message names the offending lines. */
export class ImportError extends Error {}

/**
 * Parses Sanity's export format (one document per line). Every line must be a JSON object with a valid
 * `_id` and a `_type`; all problems are collected so the file is fixed in one go.
 */
export function parseNdjson(text: string): SanityDocument[] {
  const docs: SanityDocument[] = []
  const problems: string[] = []
  const seen = new Map<string, number>()
  const importId = randomId()
  const now = nowIso()
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim()
    if (line === '') return
    const where = `line ${i + 1}`
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch {
      return problems.push(`${where}: not valid JSON`)
    }
    if (!isJsonObject(value)) return problems.push(`${where}: not a JSON object`)
    const { _id, _type } = value
    if (typeof _id !== 'string' || !isValidDocumentId(_id))
      return problems.push(`${where}: missing or invalid "_id"`)
    if (typeof _type !== 'string' || _type === '')
      return problems.push(`${where}: document "${_id}" has no "_type"`)
    const earlier = seen.get(_id)
    if (earlier !== undefined)
      return problems.push(`${where}: "_id" ${_id} already on line ${earlier}`)
    seen.set(_id, i + 1)
    const createdAt = typeof value._createdAt === 'string' ? value._createdAt : now
    const updatedAt = typeof value._updatedAt === 'string' ? value._updatedAt : createdAt
    docs.push({
      ...value,
      _id,
      _type,
      _rev: typeof value._rev === 'string' ? value._rev : importId,
      _createdAt: createdAt,
      _updatedAt: updatedAt,
    })
  })
  if (problems.length > 0) {
    const shown = problems.slice(0, 20)
    const more =
      problems.length > shown.length ? `\n- ...and ${problems.length - shown.length} more` : ''
    throw new ImportError(
      `Cannot import: ${problems.length} bad line(s); nothing was imported:\n- ${shown.join('\n- ')}${more}`,
    )
  }
  return docs
}

/** Writes documents (replacing same ids) in one SQLite transaction: all of them or none. */
export function importDocuments(
  db: Db,
  table: DocumentTable,
  dataset: string,
  docs: SanityDocument[],
): void {
  db.transaction(() => {
    for (const doc of docs) table.put(dataset, doc)
  })()
}

/** The documents of a dataset as NDJSON lines, ordered by id. */
export function* exportLines(table: DocumentTable, dataset: string): IterableIterator<string> {
  for (const json of table.allJson(dataset)) yield `${json}\n`
}
