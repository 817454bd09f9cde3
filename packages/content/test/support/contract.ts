/**
 * The content contract as a list of problems, each naming the document and the field:
 * - `[query]`: the real queries run on the documents with groq-js and their results validated by
 *   the content client (zod schemas and mappers), through every ContentClient method;
 * - `[studio]`: the Studio's own schema and validation rules (scripts/validate-studio.mjs).
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ContentClient, Result } from '../../src/api'
import { seedReader, type SeedDocument } from './seed'

const NOW = new Date('2025-06-01T12:00:00.000Z')

const slugOf = (doc: SeedDocument) => (doc.slug as { current?: string } | undefined)?.current ?? ''

/** Every ContentClient method on every document it can reach. */
async function readEverything(
  client: ContentClient,
  documents: SeedDocument[],
): Promise<Result<unknown>[]> {
  const ofType = (type: string) => documents.filter((doc) => doc._type === type)
  const articles = ofType('article')
  return Promise.all([
    client.listArticleSlugs(),
    client.listArticles({ page: 1, pageSize: 100 }),
    client.listCategories(),
    client.getDealState(NOW),
    client.getSiteSettings(),
    ...articles.map((doc) => client.getArticle(slugOf(doc))),
    ...articles.map((doc) => client.getApprovedComments(doc._id)),
    ...articles.map((doc) =>
      client.getRelatedArticles({ id: doc._id, categoryIds: categoryIds(doc) }, 10),
    ),
    ...ofType('category').map((doc) => client.getCategory(slugOf(doc))),
  ])
}

const categoryIds = (doc: SeedDocument) =>
  ((doc.categories as { _ref: string }[] | undefined) ?? []).map((ref) => ref._ref)

/** Problems found by running the queries and validating their results. */
export async function queryProblems(documents: SeedDocument[]): Promise<string[]> {
  const { client, reported } = seedReader(documents)
  const results = await readEverything(client, documents)
  const unavailable = results.flatMap((result) =>
    !result.ok && result.error.kind === 'unavailable'
      ? [`[query] ${result.error.query}: ${result.error.message}`]
      : [],
  )
  const invalid = reported.invalid.map(
    (error) => `[query] ${error.documentId} ${error.path}: ${error.message}`,
  )
  const dropped = reported.dropped.map(
    (block) => `[query] ${block.documentId} ${block.path}: dropped ${block.blockType}`,
  )
  return [...new Set([...invalid, ...dropped, ...unavailable])]
}

interface StudioMarker {
  documentId: string
  path: string
  level: string
  message: string
}

/** Studio validation errors per document set, all sets in one run (loading the Studio takes seconds). */
export function studioProblems(sets: Record<string, SeedDocument[]>): Record<string, string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'content-contract-'))
  const files = Object.keys(sets).map((name) => {
    const file = join(dir, `${name}.ndjson`)
    writeFileSync(file, (sets[name] ?? []).map((doc) => JSON.stringify(doc)).join('\n'))
    return file
  })
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(__dirname, '../../scripts/validate-studio.mjs'), ...files],
    {
      encoding: 'utf8',
      env: { ...process.env, SANITY_TELEMETRY_DISABLED: '1' },
    },
  )
  if (run.status !== 0) throw new Error(`validate-studio failed: ${run.stderr}`)
  // The report is the last line; anything the Studio code logs while loading comes before it.
  const lastLine = run.stdout.trimEnd().split('\n').at(-1) ?? '{}'
  const report = JSON.parse(lastLine) as Record<string, StudioMarker[]>
  return Object.fromEntries(
    Object.keys(sets).map((name, i) => [
      name,
      (report[files[i] ?? ''] ?? [])
        .filter((marker) => marker.level === 'error')
        .map((marker) => `[studio] ${marker.documentId} ${marker.path}: ${marker.message}`),
    ]),
  )
}
