#!/usr/bin/env node
// Caching-proxy benchmark (a script, not a test): starts a seeded local lake, `next start` and
// Varnish with deploy/varnish in front of it, plus plain nginx serving the same bytes from a file,
// then prints, from one run on this machine (loopback, bounded):
//   1. the cached article through the proxy against the same bytes from plain nginx (target >= 0.5)
//      and against bare `next start` (expect >= 10x)
//   2. the time from a published change to the proxy serving it, p50/p95 (target p95 < 1 s)
// Usage: node tests/bench/proxy.mjs [--rounds 3] [--duration 5] [--connections 50] [--changes 20]
//        [--articles 0]   (copies of the seed article imported first: a catalogue's query costs;
//                          --rounds 0 measures only the publish path)
// Every client asks for gzip, as browsers do: nginx sends the gzip bytes the proxy stores, Next
// compresses each response. Throughput alternates the three for `rounds` rounds and compares
// medians, so that load from anything else on the machine hits all of them about equally.
import { execFileSync, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { parseArgs } from 'node:util'
import autocannon from 'autocannon'
import { tsImport } from 'tsx/esm/api'

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '3' },
    duration: { type: 'string', default: '5' },
    connections: { type: 'string', default: '50' },
    changes: { type: 'string', default: '20' },
    articles: { type: 'string', default: '0' },
  },
})
const ROUNDS = Number(values.rounds)
const DURATION = Number(values.duration)
const CONNECTIONS = Number(values.connections)
const CHANGES = Number(values.changes)
const ARTICLES = Number(values.articles)
const ARTICLE = '/blog/how-to-prevent-lower-back-pain-after-exercise'
const ARTICLE_ID = 'article-lower-back-pain-after-exercise'
const GZIP = { 'accept-encoding': 'gzip' }

const { ensureBuilt } = await tsImport('../support/build.ts', import.meta.url)
const { startStack } = await tsImport('../support/stack.ts', import.meta.url)
const { startVarnish } = await tsImport('../support/varnish.ts', import.meta.url)
const { freePort } = await tsImport('../support/ports.ts', import.meta.url)
const { writeCatalogue } = await tsImport('../scale-out/scale-catalogue.ts', import.meta.url)

/** Plain nginx on `port` answering every request with `body` as a gzip-encoded HTML file. */
async function startNginx(port, body) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-nginx-'))
  // nginx's workers drop to an unprivileged user when started as root: they must read the file.
  chmodSync(dir, 0o755)
  writeFileSync(join(dir, 'article.html.gz'), body, { mode: 0o644 })
  writeFileSync(
    join(dir, 'nginx.conf'),
    `worker_processes auto;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  keepalive_requests 100000;
  server {
    listen 127.0.0.1:${port};
    location / {
      root ${dir};
      default_type text/html;
      add_header Content-Encoding gzip;
      try_files /article.html.gz =404;
    }
  }
}
`,
  )
  const child = spawn('nginx', ['-p', dir, '-c', join(dir, 'nginx.conf'), '-g', 'daemon off;'], {
    stdio: 'inherit',
  })
  const url = `http://127.0.0.1:${port}${ARTICLE}`
  const close = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      await exited
    }
    rmSync(dir, { recursive: true, force: true })
  }
  for (let tries = 0; ; tries++) {
    const response = await fetch(url).catch(() => undefined)
    await response?.arrayBuffer()
    if (response?.ok) break
    if (tries > 100 || child.exitCode !== null) {
      await close()
      throw new Error(`nginx does not serve the article: ${response?.status ?? 'no answer'}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return { url, close }
}

/** The article's gzip bytes as the proxy stores and sends them. */
async function gzipBytes(url) {
  const { request } = await import('node:http')
  return new Promise((resolve, reject) => {
    request(url, { headers: GZIP }, (response) => {
      const chunks = []
      response.on('data', (chunk) => chunks.push(chunk))
      response.on('end', () =>
        response.headers['content-encoding'] === 'gzip'
          ? resolve(Buffer.concat(chunks))
          : reject(new Error(`${url} did not send gzip`)),
      )
    })
      .on('error', reject)
      .end()
  })
}

/**
 * The load generator: wrk (Debian's `wrk`, C, as the figures were taken) when installed,
 * else autocannon. On 2 cores autocannon itself tops out near 2.5k req/s, so it measures nginx and
 * Varnish alike at its own ceiling and understates their lead over `next start`.
 */
const WRK = (() => {
  try {
    execFileSync('wrk', ['--version'], { stdio: 'ignore' })
    return true
  } catch (error) {
    // wrk --version exits 1 after printing its version; only a missing binary is ENOENT.
    return error?.code !== 'ENOENT'
  }
})()

/** Requests per second for `url` under wrk, on loopback, for a bounded time. */
function wrkThroughput(url) {
  const output = execFileSync(
    'wrk',
    ['-t2', `-c${CONNECTIONS}`, `-d${DURATION}s`, '-H', 'Accept-Encoding: gzip', url],
    { encoding: 'utf8', timeout: (DURATION + 30) * 1000 },
  )
  const bad = /Non-2xx or 3xx responses: (\d+)/.exec(output)
  const errors = /Socket errors: (.*)/.exec(output)
  if (bad || errors) throw new Error(`${url}: ${bad?.[0] ?? ''} ${errors?.[0] ?? ''}`)
  const rate = /Requests\/sec:\s+([\d.]+)/.exec(output)
  if (!rate) throw new Error(`${url}: no Requests/sec in wrk's output`)
  return Number(rate[1])
}

/** Requests per second for `url` under the load generator, on loopback, for a bounded time. */
async function throughput(url) {
  if (WRK) return wrkThroughput(url)
  const result = await autocannon({
    url,
    headers: GZIP,
    connections: CONNECTIONS,
    duration: DURATION,
    pipelining: 1,
  })
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`)
  return result.requests.average
}

async function title(url) {
  const response = await fetch(url)
  return /<h1[^>]*>([^<]*)</.exec(await response.text())?.[1] ?? ''
}

/** Records when each line of a service's output arrived, for the stage breakdown. */
function timedLines(service) {
  const seen = []
  for (const stream of [service.child.stdout, service.child.stderr])
    stream.on('data', (chunk) => {
      const at = performance.now()
      for (const text of chunk.toString().split('\n')) if (text) seen.push({ at, text })
    })
  return {
    /** When the first line matching `pattern` arrived after `from` (ms), or NaN. */
    after: (from, pattern) =>
      seen.find((line) => line.at >= from && pattern.test(line.text))?.at ?? NaN,
  }
}

const STAGES = [
  'lake commit (mutate answered)',
  'webhook received',
  'batch expired (coalesced deliveries)',
  'webhook acknowledged to the lake',
  'proxy purged',
  'first fresh response through the proxy',
]

/**
 * Milliseconds from a published change to the proxy serving it, for `count` changes, with the time
 * each stage was reached (from the storefront's and the lake's log lines, stamped as they arrive).
 */
async function freshness(stack, proxyUrl, count) {
  const times = []
  const stages = STAGES.map(() => [])
  const web = timedLines(stack.web.service)
  const lake = timedLines(stack.lake.service)
  let staleAfterPurge = 0
  for (let i = 0; i < count; i++) {
    const next = `How to Prevent Lower Back Pain After Exercise (rev ${i} ${Date.now()})`
    const started = performance.now()
    await stack.lake.api.mutate([{ patch: { id: ARTICLE_ID, set: { title: next } } }])
    const committed = performance.now()
    let polls = []
    for (;;) {
      const asked = performance.now()
      const shown = await title(`${proxyUrl}${ARTICLE}`)
      polls.push({ asked, shown })
      if (shown === next) break
      if (performance.now() - started > 15_000) throw new Error(`change ${i} not served in 15 s`)
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
    const seen = performance.now()
    times.push(seen - started)
    const revalidated = web.after(started, new RegExp(`\\[revalidate\\] article ${ARTICLE_ID}`))
    const acknowledged = lake.after(
      started,
      new RegExp(`update ${ARTICLE_ID}: attempt \\d+ -> 200`),
    )
    const batched = web.after(revalidated, /\[revalidate\] batch of/)
    const purged = web.after(batched, /\[revalidate\] proxies purged/)
    // Old pages served by a request sent after the purge: the proxy or the storefront was stale.
    staleAfterPurge += polls.filter((poll) => poll.asked > purged && poll.shown !== next).length
    const reached = [committed, revalidated, batched, acknowledged, purged, seen]
    reached.forEach((at, stage) => stages[stage].push(at - started))
    // The page is cached again before the next change, as it would be under shoppers' traffic.
    await title(`${proxyUrl}${ARTICLE}`)
  }
  return { times: times.sort((a, b) => a - b), stages, staleAfterPurge }
}

const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]

ensureBuilt()
const secret = randomBytes(30).toString('base64url')
const proxyPort = await freePort()
const catalogueDir = mkdtempSync(join(tmpdir(), 'bench-catalogue-'))
const seedFile = ARTICLES > 0 ? writeCatalogue(catalogueDir, ARTICLES) : undefined
const stack = await startStack({
  ...(seedFile ? { seedFile } : {}),
  webEnv: { PROXY_PURGE_URL: `http://127.0.0.1:${proxyPort}`, PROXY_SECRET: secret },
})
const closers = [() => stack.close(), () => rmSync(catalogueDir, { recursive: true, force: true })]
try {
  const proxy = await startVarnish([Number(new URL(stack.web.url).port)], secret, proxyPort)
  closers.unshift(() => proxy.close())
  const body = await gzipBytes(`${proxy.url}${ARTICLE}`)
  const nginx = await startNginx(await freePort(), body)
  closers.unshift(() => nginx.close())
  const cached = (await fetch(`${proxy.url}${ARTICLE}`)).headers.get('x-cache')
  console.log(
    `article through the proxy: ${cached}, ${(body.length / 1024).toFixed(1)} kB gzip; ` +
      `catalogue: seed + ${ARTICLES} copies`,
  )

  // --rounds 0 measures only the publish path.
  if (ROUNDS > 0) {
    const targets = {
      'plain nginx, same bytes': nginx.url,
      'Varnish (cached article)': `${proxy.url}${ARTICLE}`,
      'bare next start': `${stack.web.url}${ARTICLE}`,
    }
    const runs = Object.fromEntries(Object.keys(targets).map((name) => [name, []]))
    for (let round = 0; round < ROUNDS; round++)
      for (const [name, url] of Object.entries(targets)) runs[name].push(await throughput(url))
    const rps = Object.fromEntries(Object.entries(runs).map(([name, list]) => [name, median(list)]))
    console.log(
      `\n1. Throughput (${WRK ? 'wrk' : 'autocannon'}, ${CONNECTIONS} connections, gzip, ${ROUNDS} alternating rounds of ${DURATION} s, loopback)`,
    )
    for (const [name, list] of Object.entries(runs))
      console.log(
        `   ${name.padEnd(26)} ${rps[name].toFixed(0).padStart(6)} req/s median (${list.map((v) => v.toFixed(0)).join(', ')})`,
      )
    const vsNginx = rps['Varnish (cached article)'] / rps['plain nginx, same bytes']
    const vsNext = rps['Varnish (cached article)'] / rps['bare next start']
    console.log(
      `   proxy / nginx   ${vsNginx.toFixed(2)} (target >= 0.50) ${vsNginx >= 0.5 ? 'PASS' : 'FAIL'}`,
    )
    console.log(
      `   proxy / next    ${vsNext.toFixed(1)}x (expect >= 10x) ${vsNext >= 10 ? 'PASS' : 'FAIL'}`,
    )
  }

  const { times, stages, staleAfterPurge } = await freshness(stack, proxy.url, CHANGES)
  const p50 = percentile(times, 50)
  const p95 = percentile(times, 95)
  console.log(
    `\n2. Publish -> served through the proxy (${CHANGES} title changes, polled every 10 ms)`,
  )
  console.log(
    `   p50 ${p50.toFixed(0)} ms, p95 ${p95.toFixed(0)} ms, max ${times.at(-1).toFixed(0)} ms (target p95 < 1000 ms) ${p95 < 1000 ? 'PASS' : 'FAIL'}`,
  )
  console.log('   stages, ms after the mutation was sent (p50 / p95):')
  STAGES.forEach((name, stage) => {
    const sorted = [...stages[stage]].sort((a, b) => a - b)
    const p = (q) => percentile(sorted, q).toFixed(0).padStart(5)
    console.log(`     ${name.padEnd(42)} ${p(50)} / ${p(95)}`)
  })
  console.log(`   requests sent after the purge that still got the old page: ${staleAfterPurge}`)
} finally {
  for (const close of closers) await close()
}
