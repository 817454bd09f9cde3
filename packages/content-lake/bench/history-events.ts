/**
 * Benchmark: p50/p99 latency of the history events API (a document's and a release's first page of
 * 100, as the Studio asks) on a full event log (10,000 changes), next to the transactions endpoint
 * for the same document in the same run, which scans the same log. Bounded: about half a minute.
 * Run: `npx tsc -p tsconfig.bench.json && node scripts/with-test-cert.mjs node dist/bench/bench/history-events.js`
 * in packages/content-lake.
 */
import { createClient, type SanityClient } from '@sanity/client'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startLake } from '../src/index'
import { EVENT_LOG_SIZE } from '../src/store/events'
import { measure, percentile } from './stats'

const TOKEN = 'bench-editor-token'
const VERSIONS = 50
const DRAFT_EDITS = 200
const BATCH = 100

/** Fills the log: a release with versions, a draft edited many times, then unrelated documents. */
async function fillLog(client: SanityClient): Promise<void> {
  await client.releases.create({ releaseId: 'rBench' })
  for (let i = 0; i < VERSIONS; i++)
    await client.createVersion({
      releaseId: 'rBench',
      publishedId: `bench-${i}`,
      document: { _type: 'article', title: `version ${i}` },
    })
  await client.create({ _id: 'drafts.bench-0', _type: 'article', title: 'draft' })
  for (let i = 0; i < DRAFT_EDITS; i++)
    await client
      .patch('drafts.bench-0')
      .set({ title: `draft ${i}` })
      .commit()
  const rest = EVENT_LOG_SIZE - VERSIONS - DRAFT_EDITS
  for (let start = 0; start < rest; start += BATCH) {
    const tx = client.transaction()
    for (let i = start; i < Math.min(rest, start + BATCH); i++)
      tx.createOrReplace({ _id: `filler-${i % 2000}`, _type: 'article', title: `filler ${i}` })
    await tx.commit({ returnDocuments: false, visibility: 'async' })
  }
}

function row(name: string, samples: number[], reference: number[]): string {
  const [p50, p99, ref50] = [
    percentile(samples, 50),
    percentile(samples, 99),
    percentile(reference, 50),
  ]
  return `| ${name} | ${p50.toFixed(1)} | ${p99.toFixed(1)} | ${ref50.toFixed(1)} | ${(p50 / ref50).toFixed(2)} | ${samples.length} |`
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'content-lake-bench-history-'))
  const lake = await startLake({
    dataDir,
    port: 0,
    tlsDir: process.env.CONTENT_LAKE_TEST_TLS_DIR,
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
  const get = (url: string) => () => client.request({ url, json: url.includes('/events/') })
  try {
    await fillLog(client)
    const base = '/data/history/production'
    const reference = await measure(
      get(`${base}/transactions/bench-0?limit=100&reverse=true`),
      100,
      8_000,
    )
    const documents = await measure(get(`${base}/events/documents/bench-0?limit=100`), 100, 8_000)
    const releases = await measure(get(`${base}/events/releases/rBench?limit=100`), 100, 8_000)
    console.log(`event log: ${EVENT_LOG_SIZE.toLocaleString('en-US')} changes`)
    console.log('| request | p50 ms | p99 ms | transactions p50 ms | p50 ratio | samples |')
    console.log('|---|---:|---:|---:|---:|---:|')
    console.log(row('events/documents (limit 100)', documents, reference))
    console.log(row('events/releases (limit 100)', releases, reference))
  } finally {
    await lake.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
