#!/usr/bin/env node
// Storefront benchmark (a script, not a test): builds if needed, starts a seeded local lake and
// `next start`, then prints, from one run on this machine:
//   1. the article page's requests/s against a minimal static page of the same app (target >= 0.9),
//      and, as a control, against a static page of the article's size (`/bench/sized`): what the
//      bytes alone cost, apart from anything the article page does
//   2. the time from a published change in the lake to the new content being served (target p95 < 1 s)
//   3. the article page's first-load JavaScript against the static page's (target: within 15 kB gzip)
// Usage: node tests/bench/storefront.mjs [--rounds 3] [--duration 5] [--connections 50] [--changes 20] [--page /blog/<slug>]
// Throughput alternates the pages for `rounds` rounds of `duration` seconds each and compares
// medians, so that load from anything else on the machine hits both about equally.
import { performance } from 'node:perf_hooks'
import { gzipSync } from 'node:zlib'
import { parseArgs } from 'node:util'
import autocannon from 'autocannon'
import { tsImport } from 'tsx/esm/api'

const { values } = parseArgs({
  options: {
    page: { type: 'string', default: '/blog/how-to-prevent-lower-back-pain-after-exercise' },
    rounds: { type: 'string', default: '3' },
    duration: { type: 'string', default: '5' },
    connections: { type: 'string', default: '50' },
    changes: { type: 'string', default: '20' },
  },
})
const ROUNDS = Number(values.rounds)
const DURATION = Number(values.duration)
const CONNECTIONS = Number(values.connections)
const CHANGES = Number(values.changes)
const ARTICLE = values.page
const STATIC = '/bench/static'
const SIZED = '/bench/sized'
const ARTICLE_ID = 'article-lower-back-pain-after-exercise'

const { BENCH_BUILD_ENV, ensureBuilt } = await tsImport('../support/build.ts', import.meta.url)
const { startStack } = await tsImport('../support/stack.ts', import.meta.url)

async function get(url) {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`${url}: ${response.status}`)
  return { response, body: await response.text() }
}

/** Requests per second for `url` under autocannon, on loopback, for a bounded time. */
async function throughput(url) {
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: DURATION,
    pipelining: 1,
  })
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`)
  return result.requests.average
}

/** Gzip bytes of every JS chunk a page loads or references for hydration. */
async function firstLoadJs(base, path) {
  const { body: html } = await get(`${base}${path}`)
  // Legacy-browser polyfills (`noModule`) are never loaded by the browsers that run the app.
  const body = html.replace(/<script[^>]*\bnoModule\b[^>]*><\/script>/gi, '')
  const chunks = [...new Set(body.match(/\/_next\/static\/chunks\/[\w.~-]+\.js/g) ?? [])]
  let bytes = 0
  for (const chunk of chunks)
    bytes += gzipSync(Buffer.from((await get(`${base}${chunk}`)).body)).length
  return { chunks: chunks.length, bytes }
}

/** Milliseconds from a published change to the storefront serving it, for `count` changes. */
async function freshness(stack, count) {
  const times = []
  for (let i = 0; i < count; i++) {
    const title = `How to Prevent Lower Back Pain After Exercise (rev ${i} ${Date.now()})`
    const started = performance.now()
    await stack.lake.api.mutate([{ patch: { id: ARTICLE_ID, set: { title } } }])
    for (;;) {
      const { body } = await get(`${stack.web.url}${ARTICLE}`)
      if (body.includes(title)) break
      if (performance.now() - started > 15_000)
        throw new Error(`change ${i} not served within 15 s`)
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
    times.push(performance.now() - started)
  }
  return times.sort((a, b) => a - b)
}

const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`

ensureBuilt({ bench: true })
const stack = await startStack({ webEnv: BENCH_BUILD_ENV })
try {
  const base = stack.web.url
  const { response } = await get(`${base}${ARTICLE}`)
  const sizes = {}
  for (const path of [ARTICLE, STATIC, SIZED])
    sizes[path] = Buffer.byteLength((await get(`${base}${path}`)).body)
  const cached = (await fetch(`${base}${ARTICLE}`)).headers.get('x-nextjs-cache')
  console.log(`article page: ${response.status}, cache ${cached ?? 'none'}`)

  const runs = { [STATIC]: [], [SIZED]: [], [ARTICLE]: [] }
  for (let round = 0; round < ROUNDS; round++)
    for (const path of Object.keys(runs)) runs[path].push(await throughput(`${base}${path}`))
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
  const rps = Object.fromEntries(
    Object.entries(runs).map(([path, values]) => [path, median(values)]),
  )
  const ratio = rps[ARTICLE] / rps[STATIC]
  const line = (label, path) =>
    console.log(
      `   ${label.padEnd(28)} ${rps[path].toFixed(0).padStart(5)} req/s median (${runs[path].map((value) => value.toFixed(0)).join(', ')}), ${kb(sizes[path])} of HTML`,
    )
  console.log(
    `\n1. Throughput (autocannon, ${CONNECTIONS} connections, ${ROUNDS} alternating rounds of ${DURATION} s, loopback)`,
  )
  line('minimal static page', STATIC)
  line('static page of article size', SIZED)
  line('article page', ARTICLE)
  console.log(
    `   article / minimal static    ${ratio.toFixed(2)} (target >= 0.90) ${ratio >= 0.9 ? 'PASS' : 'FAIL'}`,
  )
  console.log(
    `   sized static / minimal      ${(rps[SIZED] / rps[STATIC]).toFixed(2)} (the cost of the bytes alone)`,
  )
  console.log(
    `   article / sized static      ${(rps[ARTICLE] / rps[SIZED]).toFixed(2)} (the article page against a static page of its size)`,
  )

  const times = await freshness(stack, CHANGES)
  const p50 = percentile(times, 50)
  const p95 = percentile(times, 95)
  console.log(
    `\n2. Publish -> served (${CHANGES} changes to the article title, polled every 10 ms)`,
  )
  console.log(
    `   p50 ${p50.toFixed(0)} ms, p95 ${p95.toFixed(0)} ms, max ${times.at(-1).toFixed(0)} ms (target p95 < 1000 ms) ${p95 < 1000 ? 'PASS' : 'FAIL'}`,
  )

  const articleJs = await firstLoadJs(base, ARTICLE)
  const staticJs = await firstLoadJs(base, STATIC)
  const extra = articleJs.bytes - staticJs.bytes
  console.log(`\n3. First-load JavaScript (gzip)`)
  console.log(`   static page   ${kb(staticJs.bytes)} in ${staticJs.chunks} chunks`)
  console.log(`   article page  ${kb(articleJs.bytes)} in ${articleJs.chunks} chunks`)
  console.log(
    `   difference    ${kb(extra)} (target <= 15 kB) ${extra <= 15 * 1024 ? 'PASS' : 'FAIL'}`,
  )
} finally {
  await stack.close()
}
