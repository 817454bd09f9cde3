#!/usr/bin/env node
// Comment write-path benchmark (a script, not a test): builds if needed, starts a seeded local lake
// wired to `next start` with its webhook on (as `npm start` runs them), then posts comments through
// POST /api/comments as the enhanced form does, from many concurrent clients, and prints accepted
// comments/s, per-request p50/p99, any non-202 answer, that none was lost, and how many webhook
// calls the storefront took (each one can expire cached pages). It also prints the CPU time each
// comment costs the storefront, the lake and the clients, and the rate that allows on idle cores:
// on a machine shared with other work that is the figure to compare, not the wall-clock rate.
// Usage: node tests/bench/comments.mjs [--submissions 2000] [--clients 50] [--rounds 3] [--cpu-prof]
// `--cpu-prof` profiles the storefront (a `.cpuprofile` in tests/test-results/comments-bench-profiles).
import { randomUUID } from 'node:crypto'
import { mkdirSync, readFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { tsImport } from 'tsx/esm/api'

const { values } = parseArgs({
  options: {
    submissions: { type: 'string', default: '2000' },
    clients: { type: 'string', default: '50' },
    rounds: { type: 'string', default: '3' },
    'cpu-prof': { type: 'boolean', default: false },
  },
})
const SUBMISSIONS = Number(values.submissions)
const CLIENTS = Number(values.clients)
const ROUNDS = Number(values.rounds)

const { ensureBuilt } = await tsImport('../support/build.ts', import.meta.url)
const { startStack } = await tsImport('../support/stack.ts', import.meta.url)
const { until } = await tsImport('../support/pages.ts', import.meta.url)
const page = await tsImport('../comments/comment-page.ts', import.meta.url)
const { inPool, percentile, submitWithRetries } = await tsImport(
  '../comments/submitter.ts',
  import.meta.url,
)

const ONE_ATTEMPT = { maxAttempts: 1, backoffMs: 0, maxBackoffMs: 0 }
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ')

/** CPU milliseconds a process has used so far (Linux /proc; clock ticks of 10 ms). */
function cpuMs(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
  return (Number(fields[11]) + Number(fields[12])) * 10
}

/** CPU of the storefront, the lake and this client process: what each comment costs the machine. */
function cpuNow(stack) {
  const self = process.cpuUsage()
  return {
    web: cpuMs(stack.web.service.child.pid),
    lake: cpuMs(stack.lake.service.child.pid),
    client: (self.user + self.system) / 1000,
  }
}

/** One round: SUBMISSIONS comments from CLIENTS clients; returns rate, latencies and answers. */
async function round(stack, token, author) {
  const keys = Array.from({ length: SUBMISSIONS }, () => randomUUID())
  const cpuBefore = cpuNow(stack)
  const started = performance.now()
  const outcomes = await inPool(keys, CLIENTS, (key) =>
    submitWithRetries(
      `${stack.web.url}/api/comments`,
      key,
      page.commentFields(token, key, `Bench ${author}: ${key}`, author),
      ONE_ATTEMPT,
    ),
  )
  const seconds = (performance.now() - started) / 1000
  const cpuAfter = cpuNow(stack)
  const cpuPerComment = Object.fromEntries(
    Object.keys(cpuAfter).map((name) => [name, (cpuAfter[name] - cpuBefore[name]) / SUBMISSIONS]),
  )
  const latencies = outcomes.flatMap((outcome) => outcome.latencies)
  const accepted = outcomes.filter((outcome) => outcome.acknowledged).length
  const refused = outcomes.flatMap((outcome) => outcome.statuses.filter((status) => status !== 202))
  const stored = await stack.lake.api.query(
    'count(*[_type == "comment" && authorName == $author])',
    { author },
  )
  return { seconds, accepted, refused, stored, latencies, cpuPerComment }
}

const profileDir = fileURLToPath(
  new URL('../test-results/comments-bench-profiles', import.meta.url),
)
const profile = values['cpu-prof']
if (profile) mkdirSync(profileDir, { recursive: true })

ensureBuilt()
const stack = await startStack({
  // One address sends everything, so the per-client limit is raised as an operator would.
  webEnv: {
    COMMENTS_RATE_LIMIT_BURST: '1000000',
    COMMENTS_RATE_LIMIT_PER_MINUTE: '1000000',
    ...(profile
      ? {
          NODE_OPTIONS: `--import ${fileURLToPath(new URL('./cpu-profile.mjs', import.meta.url))}`,
          CPU_PROFILE_DIR: profileDir,
        }
      : {}),
  },
})
try {
  const live = await page.liveFormToken(stack.web.url)
  await until(live.issuedAt + page.DEFAULT_MIN_SUBMIT_MS + 100)
  const webhookLines = () =>
    stack.lake.service.lines.filter((line) => /webhook "storefront" /.test(line)).length
  console.log(`load average before: ${load()}`)
  const rates = []
  const p99s = []
  const capacities = []
  for (let index = 0; index < ROUNDS; index++) {
    const author = `bench-${Date.now().toString(36)}-${index}`
    const webhooksBefore = webhookLines()
    const result = await round(stack, live.token, author)
    const rate = result.accepted / result.seconds
    const p99 = percentile(result.latencies, 99)
    rates.push(rate)
    p99s.push(p99)
    console.log(
      `round ${index + 1}: ${result.accepted}/${SUBMISSIONS} accepted in ${result.seconds.toFixed(2)} s = ` +
        `${rate.toFixed(0)} accepted/s; p50 ${percentile(result.latencies, 50).toFixed(0)} ms, ` +
        `p99 ${p99.toFixed(0)} ms; stored ${result.stored}; refused ${result.refused.length}` +
        `${result.refused.length > 0 ? ` ${JSON.stringify([...new Set(result.refused)])}` : ''}; ` +
        `webhook log lines ${webhookLines() - webhooksBefore}; load ${load()}`,
    )
    const { web, lake, client } = result.cpuPerComment
    // On a machine to itself, a CPU-bound run can reach at most cores / CPU time per comment.
    const capacity = (cpus().length * 1000) / (web + lake + client)
    capacities.push(capacity)
    console.log(
      `   CPU per comment: storefront ${web.toFixed(2)} ms, lake ${lake.toFixed(2)} ms, ` +
        `clients ${client.toFixed(2)} ms -> at most ${capacity.toFixed(0)} comments/s on ${cpus().length} idle cores`,
    )
    if (result.stored !== result.accepted) console.log('   LOSS: stored differs from accepted')
  }
  console.log(
    `\nmedian of ${ROUNDS} rounds: ${median(rates).toFixed(0)} accepted comments/s ` +
      `(target >= 500), p99 ${median(p99s).toFixed(0)} ms, ${CLIENTS} clients; load average ${load()}`,
  )
  console.log(
    `CPU-bound ceiling on idle cores (median): ${median(capacities).toFixed(0)} comments/s ` +
      '(what the machine could do were nothing else running)',
  )
} finally {
  await stack.close()
}
