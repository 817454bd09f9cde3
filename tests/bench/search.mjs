#!/usr/bin/env node
// Search benchmark (a script, not a test): seeds a local lake with the project's seed content plus
// N generated copies of its articles (1k, then 10k) with their folded search copies, and prints p50/p95 of
//   1. the search query itself against the lake (no result cache: every query differs),
//   2. `/search?q=` on `next start` for queries it has not seen (a cache miss: query + render),
//   3. the reference: the same query evaluated by plain groq-js over the same published
//      documents in this process (what the lake did before it ran `match` itself), on the first
//      --reference queries, and the ratio of the p50s.
// The lake splits every article into words in the background after it starts; the first search,
// sent as soon as the stack is up, waits for that (at most the query time limit): printed apart.
// Then the first search after a restart of a lake (its own process) on a data folder whose documents
// it had split and saved: it reads the word lists saved in SQLite instead of splitting again.
// Bounded: a fixed list of queries, each run once per measure, every request with a time limit.
// Usage: node tests/bench/search.mjs [--sizes 1000,10000] [--queries 20] [--reference 5]
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { parseArgs } from 'node:util'
import { fileURLToPath, URLSearchParams } from 'node:url'
import { evaluate, parse } from 'groq-js'
import { tsImport } from 'tsx/esm/api'

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    queries: { type: 'string', default: '20' },
    reference: { type: 'string', default: '5' },
  },
})
const SIZES = values.sizes.split(',').map(Number)
const QUERY_COUNT = Number(values.queries)
const REFERENCE_COUNT = Number(values.reference)
const TIMEOUT_MS = 60_000
const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const LAKE_CLI = join(ROOT, 'packages/content-lake/dist/cli.js')
const SEED_FILE = fileURLToPath(new URL('../../packages/content/seed/seed.ndjson', import.meta.url))

const { ensureBuilt } = await tsImport('../support/build.ts', import.meta.url)
const { startStack } = await tsImport('../support/stack.ts', import.meta.url)
const { startService } = await tsImport('../support/service.ts', import.meta.url)
const { LakeApi } = await tsImport('../support/lake-api.ts', import.meta.url)
const { searchArticlesQuery } = await tsImport(
  '../../packages/content/src/queries.ts',
  import.meta.url,
)
const { parseSearchQuery } = await tsImport(
  '../../packages/content/src/search-terms.ts',
  import.meta.url,
)
const { portableTextOf, searchTextFor } = await tsImport(
  '../../packages/content/src/search-text.ts',
  import.meta.url,
)

// The query before the folded copies: `match` over the articles themselves (the bench's words have
// no accents, so their patterns are the same). Timed on the same lake, interleaved with the real
// query, so that the load of a shared machine weighs on both alike.
const ARTICLE_MATCH_QUERY = `{
  "hits": *[_type == "article" && !(_id in path("drafts.**")) && !(_id in path("versions.**")) && [title, excerpt, pt::text(body)] match $terms]
    | score(boost(title match $terms, 6), boost(excerpt match $terms, 3), pt::text(body) match $terms)
    | order(_score desc, publishedAt desc, _id asc)
}{"items": hits[$start...$end]{_id, title, "bodyText": pt::text(body)}, "total": count(hits)}`

const WORDS = [
  'back',
  'stretch',
  'pain',
  'hamstring',
  'walk',
  'core',
  'spine',
  'posture',
  'desk',
  'recovery',
  'breathing',
  'hips',
  'muscles',
  'warm',
  'cool',
  'injury',
  'sleep',
  'water',
  'knees',
  'zumbafit',
]
const QUERIES = Array.from({ length: QUERY_COUNT }, (_, i) =>
  i % 3 === 0
    ? `${WORDS[i % WORDS.length]} ${WORDS[(i * 7 + 3) % WORDS.length]}`
    : WORDS[i % WORDS.length],
)

/** The seed plus `count` copies of its articles (new ids, slugs and a varying extra word). */
function seedWith(count) {
  const seed = readFileSync(SEED_FILE, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l))
  const articles = seed.filter((doc) => doc._type === 'article')
  const lines = seed.map((doc) => JSON.stringify(doc))
  for (let i = 0; i < count; i++) {
    const base = articles[i % articles.length]
    const extra = WORDS[(i * 13) % WORDS.length]
    const article = {
      ...base,
      _id: `${base._id}-copy-${i}`,
      slug: { _type: 'slug', current: `${base.slug.current}-copy-${i}` },
      title: `${base.title} (${extra} ${i})`,
      publishedAt: new Date(Date.parse(base.publishedAt) - i * 3_600_000).toISOString(),
    }
    // With its folded search copy, as the storefront's webhook writes it on publish.
    const copy = searchTextFor({ ...article, bodyText: portableTextOf(article.body) })
    lines.push(JSON.stringify(article), JSON.stringify(copy))
  }
  const dir = mkdtempSync(join(tmpdir(), 'search-bench-'))
  const file = join(dir, 'seed.ndjson')
  writeFileSync(file, lines.join('\n') + '\n')
  // The seed names its images relative to itself.
  symlinkSync(
    fileURLToPath(new URL('../../packages/content/seed/images', import.meta.url)),
    join(dir, 'images'),
  )
  const published = lines.map((line) => JSON.parse(line)).filter((doc) => !doc._id.includes('.'))
  return { file, dir, published, byId: new Map(published.map((doc) => [doc._id, doc])) }
}

/** The query as plain groq-js runs it over every published document (no narrowing, no word index). */
async function groqJsSearch({ published, byId }, params) {
  const value = await evaluate(parse(searchArticlesQuery, { params }), {
    dataset: published,
    params,
    // `->` by id, as the lake resolves it (groq-js alone scans the dataset for every reference).
    dereference: ({ _ref }) => byId.get(_ref) ?? null,
  })
  return value.get()
}

const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
const median = (times) =>
  percentile(
    [...times].sort((a, b) => a - b),
    50,
  )
const summary = (times) => {
  const sorted = [...times].sort((a, b) => a - b)
  return `p50 ${percentile(sorted, 50).toFixed(0)} ms, p95 ${percentile(sorted, 95).toFixed(0)} ms (n=${sorted.length})`
}

/**
 * The first search right after the lake starts: it waits for the lake's background word index
 * (at most the query time limit, then it splits the rest itself within its own limit; a retry
 * continues where it stopped). Returns the time until the first answer and how many attempts
 * timed out (at most 30).
 */
async function firstSearch(api, query) {
  const parsed = parseSearchQuery(query)
  if (!parsed.ok) throw new Error(`not a search: ${query}`)
  const started = performance.now()
  for (let timeouts = 0; timeouts < 30; timeouts++) {
    try {
      await api.query(searchArticlesQuery, { terms: parsed.patterns, start: 0, end: 10 })
      return { ms: performance.now() - started, timeouts }
    } catch (error) {
      if (!/timed out|504/i.test(String(error))) throw error
    }
  }
  throw new Error('the first search never finished')
}

/** Starts the lake CLI on `dataDir` (seeding it from `seedFile` when empty); resolves once it listens. */
async function startCliLake(dataDir, seedFile) {
  const token = 'bench-editor-token-0123456789'
  const config = join(dataDir, 'config.json')
  writeFileSync(
    config,
    JSON.stringify({
      datasets: ['production'],
      tokens: [{ name: 'Bench', token, role: 'editor' }],
    }),
  )
  const args = ['start', '--data', join(dataDir, 'data'), '--port', '0', '--config', config]
  const service = startService('lake', process.execPath, [LAKE_CLI, ...args, '--seed', seedFile], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' },
  })
  try {
    const line = await service.waitForLine(/listening on (https:\/\/127\.0\.0\.1:\d+)/, {
      timeoutMs: 300_000,
    })
    const url = /https:\/\/127\.0\.0\.1:\d+/.exec(line)?.[0] ?? ''
    const ca = readFileSync(join(dataDir, 'data/tls/cert.pem'), 'utf8')
    return {
      api: new LakeApi(url, ca, token),
      indexed: () => service.waitForLine(INDEXED, { timeoutMs: 300_000 }),
      stop: () => service.stop(),
    }
  } catch (error) {
    await service.stop()
    throw error
  }
}

const INDEXED = /word index of "production": .*/

/**
 * The first search after a seeded lake, once it had split and saved every article (its log says so),
 * was stopped and started again on the same data folder; with the restarted lake's own log line.
 */
async function firstSearchAfterRestart(seedFile) {
  const dataDir = mkdtempSync(join(tmpdir(), 'search-bench-restart-'))
  try {
    const seeded = await startCliLake(dataDir, seedFile)
    await seeded.indexed().finally(() => seeded.stop())
    const restarted = await startCliLake(dataDir, seedFile)
    try {
      const first = await firstSearch(restarted.api, QUERIES[1] ?? QUERIES[0])
      return { ...first, log: await restarted.indexed() }
    } finally {
      await restarted.stop()
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true })
  }
}

async function timed(work) {
  const started = performance.now()
  await Promise.race([
    work(),
    new Promise((_, reject) => setTimeout(() => reject(new Error('timed out')), TIMEOUT_MS)),
  ])
  return performance.now() - started
}

ensureBuilt()
for (const size of SIZES) {
  const { file, dir, published, byId } = seedWith(size)
  const stack = await startStack({ seedFile: file })
  try {
    const lake = []
    const articleMatch = []
    const page = []
    const reference = []
    const cold = await firstSearch(stack.lake.api, QUERIES[0])
    for (const query of QUERIES.slice(1)) {
      const parsed = parseSearchQuery(query)
      if (!parsed.ok) continue
      const params = { terms: parsed.patterns, start: 0, end: 10 }
      lake.push(await timed(() => stack.lake.api.query(searchArticlesQuery, params)))
      articleMatch.push(await timed(() => stack.lake.api.query(ARTICLE_MATCH_QUERY, params)))
      if (reference.length < REFERENCE_COUNT)
        reference.push(await timed(() => groqJsSearch({ published, byId }, params)))
    }
    for (const [index, query] of QUERIES.entries()) {
      // A page number per query keeps every request a cache miss (the read is cached per query and page).
      const url = `${stack.web.url}/search?${new URLSearchParams({ q: query, page: String(index + 1) })}`
      page.push(
        await timed(async () => {
          const response = await fetch(url)
          await response.text()
          if (response.status !== 200) throw new Error(`${url}: ${response.status}`)
        }),
      )
    }
    console.log(`${size} generated articles (+ seed):`)
    console.log(
      `  lake search query  ${summary(lake)}; the first after start ${cold.ms.toFixed(0)} ms` +
        ` (${cold.timeouts} attempts stopped at the lake's query time limit before it)`,
    )
    console.log(
      `  previous query (match over the articles) ${summary(articleMatch)}; search / previous (p50): ${(median(lake) / median(articleMatch)).toFixed(2)}`,
    )
    const restarted = await firstSearchAfterRestart(file)
    console.log(
      `  the first search after a restart ${restarted.ms.toFixed(0)} ms` +
        ` (${restarted.timeouts} attempts stopped at the time limit before it); lake: ${INDEXED.exec(restarted.log)?.[0]}`,
    )
    console.log(`  groq-js reference  ${summary(reference)}`)
    console.log(`  reference p50 / lake p50: ${(median(reference) / median(lake)).toFixed(1)}x`)
    console.log(`  /search, cold      ${summary(page)}`)
  } finally {
    await stack.close()
    rmSync(dir, { recursive: true, force: true })
  }
}
