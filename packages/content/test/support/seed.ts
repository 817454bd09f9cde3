/** Test helpers: the seed documents and a ContentClient that runs the real queries on them with groq-js. */
import { join } from 'node:path'
import { evaluate, parse } from 'groq-js'
import type { ContentClient, DroppedBlock } from '../../src/api'
import type { Fetcher } from '../../src/client/context'
import type { InvalidError } from '../../src/client/invalid'
import { createContentReader } from '../../src/client/reader'
import type { SeedDocument } from '../../src/seed'

export {
  brokenSeed,
  byId,
  loadSeed,
  SEED_FILE,
  SEED_IMAGES_DIR,
  type SeedDocument,
} from '../../src/seed'

export const SOURCE_FILE = join(__dirname, '../../seed/source/lower-back-pain-after-exercise.txt')

/** A fetcher evaluating GROQ over documents. */
export function groqFetcher(documents: SeedDocument[]): Fetcher {
  return async (query, params) => {
    const result = await evaluate(parse(query, { params }), { dataset: documents, params })
    return (await result.get()) as unknown
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
