/** Test helpers: the seed documents and a ContentClient that runs the real queries on them with groq-js. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { evaluate, parse } from 'groq-js'
import type { ContentClient, DroppedBlock } from '../../src/api'
import type { Fetcher } from '../../src/client/context'
import type { InvalidError } from '../../src/client/invalid'
import { createContentReader } from '../../src/client/reader'

export type SeedDocument = Record<string, unknown> & { _id: string; _type: string }

export const SEED_FILE = join(__dirname, '../../seed/seed.ndjson')
export const SOURCE_FILE = join(__dirname, '../../seed/source/lower-back-pain-after-exercise.txt')

/** The seed documents, freshly parsed (safe to mutate). */
export function loadSeed(): SeedDocument[] {
  return readFileSync(SEED_FILE, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as SeedDocument)
}

/** A fetcher evaluating GROQ over documents, recording the tags of every call. */
export function groqFetcher(
  documents: SeedDocument[],
  calls: { query: string; tags: string[] }[] = [],
): Fetcher {
  return async (query, params, tags) => {
    calls.push({ query, tags })
    const result = await evaluate(parse(query, { params }), { dataset: documents, params })
    return result.get()
  }
}

export interface Reported {
  invalid: InvalidError[]
  dropped: DroppedBlock[]
}

/** A ContentClient over the given documents, collecting what it reports instead of logging. */
export function seedReader(documents: SeedDocument[]): {
  client: ContentClient
  reported: Reported
} {
  const reported: Reported = { invalid: [], dropped: [] }
  const client = createContentReader({
    fetch: groqFetcher(documents),
    onInvalid: (error) => reported.invalid.push(error),
    onDroppedBlock: (block) => reported.dropped.push(block),
  })
  return { client, reported }
}

/** The document with this id (throws when missing, so a test fails for that reason). */
export function byId(documents: SeedDocument[], id: string): SeedDocument {
  const found = documents.find((doc) => doc._id === id)
  if (!found) throw new Error(`no seed document ${id}`)
  return found
}
