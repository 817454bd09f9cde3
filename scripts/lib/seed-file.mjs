// Which catalogue the local Content Lake is seeded with: the repository's seed content, or an
// operator's NDJSON file (`npm start -- --seed FILE` or LAKE_SEED_FILE), checked before anything
// starts so that a wrong path or a broken file is one clear error rather than a lake in a crash loop.
import { createReadStream, existsSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import { createInterface } from 'node:readline'
import { parseArgs } from 'node:util'

/** The content `npm start` seeds a new data folder with when no file is given. */
export const DEFAULT_SEED = 'packages/content/seed/seed.ndjson'

/**
 * The seed file the command line (`--seed FILE`, which wins) or LAKE_SEED_FILE names, as an
 * absolute path, or null when neither does. Any other argument is an error.
 */
export function seedFileOption(argv = process.argv.slice(2), env = process.env) {
  let values
  try {
    ;({ values } = parseArgs({ args: argv, options: { seed: { type: 'string' } }, strict: true }))
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new Error(`${reason}. The one option is --seed FILE.ndjson.`)
  }
  const file = values.seed?.trim() || env.LAKE_SEED_FILE?.trim()
  return file ? resolve(file) : null
}

function describeLine(text, number) {
  let doc
  try {
    doc = JSON.parse(text)
  } catch (error) {
    return `line ${number} is not JSON (${error instanceof Error ? error.message : String(error)})`
  }
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc))
    return `line ${number} is not a JSON object`
  if (typeof doc._id !== 'string' || doc._id === '') return `line ${number} has no string _id`
  if (typeof doc._type !== 'string' || doc._type === '') return `line ${number} has no string _type`
  return null
}

/**
 * Resolves with the number of documents in `file` when it is NDJSON of documents (one JSON
 * object with a string `_id` and `_type` per line; blank lines are skipped); rejects saying which
 * line is wrong otherwise. Reads line by line: a catalogue of 10,000 articles is about 190 MB.
 */
export async function checkSeedFile(file) {
  if (!existsSync(file)) throw new Error(`The seed file ${file} does not exist.`)
  if (!statSync(file).isFile()) throw new Error(`The seed file ${file} is not a file.`)
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity })
  let number = 0
  let documents = 0
  for await (const line of lines) {
    number += 1
    if (line.trim() === '') continue
    const problem = describeLine(line, number)
    if (problem) {
      lines.close()
      throw new Error(`The seed file ${file} is not NDJSON of documents: ${problem}.`)
    }
    documents += 1
  }
  if (documents === 0) throw new Error(`The seed file ${file} has no documents.`)
  return documents
}

/**
 * The seed file of this start, checked: the operator's (see seedFileOption) or the repository's.
 * Throws before anything starts when the file is unusable or the content comes from Sanity's hosted
 * lake. The lake seeds an empty data folder only, so a file given for a folder that already holds a
 * lake is named in a note and not imported.
 */
export async function chooseSeedFile({ root, data, hosted, log = console.log }) {
  const given = seedFileOption()
  if (!given) return resolve(root, DEFAULT_SEED)
  if (hosted)
    throw new Error(
      'A seed file is for the local Content Lake; SANITY_PROJECT_ID is set, so none starts.',
    )
  const documents = await checkSeedFile(given)
  if (existsSync(resolve(data, 'lake')))
    log(
      `Note: ${data} already holds a lake, which keeps its content; the seed file is imported ` +
        'into an empty data folder only (delete it, or set LOCAL_DATA_DIR to a new one).',
    )
  else log(`Seeding the new local Content Lake with ${documents} documents from ${given}.`)
  return given
}
