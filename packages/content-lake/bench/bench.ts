/**
 * Benchmark: p50/p99 latency of the storefront's queries and of a single-document patch, over HTTPS through
 * @sanity/client against the lake, next to groq-js evaluating the same query over an in-memory array in
 * the same run. The list query is measured twice: repeated (answered from the result cache) and right
 * after a write (evaluated). Run with `npm run bench -w @repo/content-lake` (bounded: about two minutes).
 */
import { createClient } from '@sanity/client'
import { evaluate, parse } from 'groq-js'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startLake } from '../src/index'
import type { SanityDocument } from '../src/json'
import { openDb } from '../src/store/db'
import { DocumentTable } from '../src/store/documents'
import { importDocuments } from '../src/store/ndjson'
import { generateDataset } from './generate'
import { measure, table, type Row } from './stats'

const BY_SLUG = '*[_type == "article" && slug.current == $slug][0]{..., "author": author->{name}}'
const LIST =
  '*[_type == "article" && defined(slug.current)] | order(publishedAt desc)[0...10]{title, "slug": slug.current, excerpt, publishedAt, "author": author->name}'
/** The storefront's related-articles filter (array traversal, a filter on an array, count()). */
const RELATED =
  '*[_type == "article" && _id != $id && count((categories[]._ref)[@ in $categoryIds]) > 0] | order(publishedAt desc, _id asc)[0...3]{title, "slug": slug.current}'
/** The lookup a patch has to do, as the in-memory reference for the mutation. */
const BY_ID = '*[_id == $id][0]'
const TOKEN = 'bench-editor-token'
/** `BENCH_SIZES=1000,10000` runs fewer sizes on a busy machine (the default includes 100k, which takes longest). */
const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000')
  .split(',')
  .map((size) => Number(size.trim()))
  .filter((size) => Number.isInteger(size) && size > 0)

async function groq(
  query: string,
  docs: SanityDocument[],
  params: Record<string, unknown>,
): Promise<unknown> {
  return (await evaluate(parse(query), { dataset: docs, params })).get()
}

async function benchSize(size: number): Promise<Row[]> {
  const { docs, slugs, articleIds } = generateDataset(size)
  const dataDir = mkdtempSync(join(tmpdir(), 'content-lake-bench-'))
  const db = openDb(dataDir)
  importDocuments(db, new DocumentTable(db), 'production', docs)
  db.close()
  const tlsDir = process.env.CONTENT_LAKE_TEST_TLS_DIR
  const lake = await startLake({
    dataDir,
    port: 0,
    tlsDir,
    log: () => undefined,
    config: {
      projectId: 'local',
      datasets: ['production'],
      tokens: [{ name: 'Bench', token: TOKEN, role: 'editor' }],
      cors: [],
      maxBodyBytes: 1 << 20,
      webhooks: [],
    },
  })
  const client = createClient({
    projectId: 'local',
    dataset: 'production',
    apiHost: lake.url,
    useProjectHostname: false,
    apiVersion: '2025-02-19',
    useCdn: false,
    token: TOKEN,
  })
  const slug = (i: number): string => slugs[(i * 7919) % slugs.length] ?? ''
  const id = (i: number): string => articleIds[(i * 104729) % articleIds.length] ?? ''
  const related = (i: number) => ({ id: id(i), categoryIds: ['category-0', `category-${i % 7}`] })
  // A write to an unrelated document clears the dataset's result cache, so the next query is evaluated.
  const touch = (i: number): Promise<unknown> =>
    client.patch('author-0').set({ touched: i }).commit({ returnDocuments: false })
  try {
    const listBaseline = await measure(() => groq(LIST, docs, {}), 200, 8_000, 2)
    const rows: Row[] = [
      {
        docs: size,
        operation: 'article by slug',
        lake: await measure((i) => client.fetch(BY_SLUG, { slug: slug(i) }), 500, 8_000),
        groq: await measure((i) => groq(BY_SLUG, docs, { slug: slug(i) }), 200, 8_000, 2),
      },
      {
        // Each article's own id: a different query each time, so never from the result cache.
        docs: size,
        operation: 'related articles (distinct ids: evaluated)',
        lake: await measure((i) => client.fetch(RELATED, related(i)), 100, 8_000, 2),
        groq: await measure((i) => groq(RELATED, docs, related(i)), 20, 8_000, 1),
      },
      {
        docs: size,
        operation: 'article list (repeat: result cache)',
        lake: await measure(() => client.fetch(LIST), 200, 4_000, 2),
        groq: listBaseline,
      },
      {
        docs: size,
        operation: 'article list after a write (evaluated)',
        lake: await measure(
          () => client.fetch(LIST),
          100,
          8_000,
          2,
          (i) => touch(i),
        ),
        groq: listBaseline,
      },
      {
        docs: size,
        operation: 'patch one document (groq-js: lookup by _id)',
        lake: await measure(
          (i) =>
            client
              .patch(id(i))
              .set({ title: `Edited ${i}` })
              .commit({ returnDocuments: false }),
          300,
          8_000,
        ),
        groq: await measure((i) => groq(BY_ID, docs, { id: id(i) }), 200, 8_000, 2),
      },
    ]
    return rows
  } finally {
    await lake.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

async function main(): Promise<void> {
  const rows: Row[] = []
  for (const size of SIZES) {
    const started = performance.now()
    rows.push(...(await benchSize(size)))
    console.error(
      `${size} documents done in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    )
  }
  console.log(table(rows))
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
