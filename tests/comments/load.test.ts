import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { until } from '../support/pages'
import { freePort } from '../support/ports'
import { startStorefront, type Storefront } from '../support/storefront'
import { ARTICLE, commentFields, DEFAULT_MIN_SUBMIT_MS, liveFormToken } from './comment-page'
import { startRestartableLake, type RestartableLake } from './restartable-lake'
import {
  inPool,
  percentile,
  submitWithRetries,
  type RetryPolicy,
  type SubmitOutcome,
} from './submitter'

const SUBMISSIONS = 2_000
const CLIENTS = 50
const run = Date.now().toString(36)

let lake: RestartableLake
let web: Storefront
let token: string

beforeAll(async () => {
  lake = await startRestartableLake()
  // One address sends everything here, so the per-client limit is raised as an operator would.
  const env = { COMMENTS_RATE_LIMIT_BURST: '1000000', COMMENTS_RATE_LIMIT_PER_MINUTE: '1000000' }
  web = await startStorefront({ port: await freePort(), lake, env })
  const live = await liveFormToken(web.url)
  token = live.token
  await until(live.issuedAt + DEFAULT_MIN_SUBMIT_MS + 100)
}, 120_000)

afterAll(async () => {
  await web?.close()
  await lake?.close()
})

interface Round {
  outcomes: SubmitOutcome[]
  seconds: number
}

/** Sends SUBMISSIONS comments by `author` from CLIENTS concurrent clients; `onAcknowledged` sees each 202. */
async function round(
  author: string,
  policy: RetryPolicy,
  onAcknowledged: (count: number) => void = () => undefined,
): Promise<Round> {
  const keys = Array.from({ length: SUBMISSIONS }, () => randomUUID())
  let acknowledged = 0
  const started = performance.now()
  const outcomes = await inPool(keys, CLIENTS, async (key) => {
    const outcome = await submitWithRetries(
      `${web.url}/api/comments`,
      key,
      commentFields(token, key, `Load ${run}: ${key}`, author),
      policy,
    )
    if (outcome.acknowledged) onAcknowledged(++acknowledged)
    return outcome
  })
  return { outcomes, seconds: (performance.now() - started) / 1000 }
}

function report(label: string, { outcomes, seconds }: Round): void {
  const attempts = outcomes.flatMap((outcome) => outcome.latencies)
  const endToEnd = outcomes.map((outcome) => outcome.latencies.reduce((sum, ms) => sum + ms, 0))
  const failures = outcomes.flatMap((outcome) =>
    outcome.statuses.filter((status) => status !== 202),
  )
  const tally = failures.reduce<Record<string, number>>(
    (counts, status) => ({ ...counts, [status]: (counts[status] ?? 0) + 1 }),
    {},
  )
  console.log(
    `${label}: ${outcomes.length} submissions, ${CLIENTS} clients, ${seconds.toFixed(1)} s, ` +
      `${(outcomes.length / seconds).toFixed(0)} comments/s; per request p50 ${percentile(attempts, 50).toFixed(0)} ms, ` +
      `p99 ${percentile(attempts, 99).toFixed(0)} ms; per submission p99 ${percentile(endToEnd, 99).toFixed(0)} ms; ` +
      `retried answers ${JSON.stringify(tally)}`,
  )
}

/** Every stored comment of `author`: id and body. */
function storedBy(author: string): Promise<{ _id: string; body: string; status: string }[]> {
  return lake.api.query('*[_type == "comment" && authorName == $author]{_id, body, status}', {
    author,
  })
}

describe(`${SUBMISSIONS} comment submissions from ${CLIENTS} concurrent clients`, () => {
  it('stores exactly one pending comment each, with no 5xx', async () => {
    const author = `Load ${run} steady`
    const result = await round(author, { maxAttempts: 1, backoffMs: 0, maxBackoffMs: 0 })
    report('steady', result)
    const statuses = new Set(result.outcomes.flatMap((outcome) => outcome.statuses))
    expect([...statuses]).toEqual([202])
    const stored = await storedBy(author)
    expect(stored).toHaveLength(SUBMISSIONS)
    expect(stored.every((doc) => doc.status === 'pending')).toBe(true)
    expect(new Set(stored.map((doc) => doc._id))).toEqual(
      new Set(result.outcomes.map((outcome) => `comments.${outcome.key}`)),
    )
  }, 300_000)

  it('loses no acknowledged comment and stores none twice when the lake is killed and restarted mid-run', async () => {
    const author = `Load ${run} chaos`
    let chaos: Promise<void> | undefined
    const killAt = SUBMISSIONS / 4
    const result = await round(
      author,
      { maxAttempts: 40, backoffMs: 100, maxBackoffMs: 1_000 },
      (count) => {
        chaos ??=
          count >= killAt
            ? (async () => {
                await lake.kill()
                console.log(`lake killed (SIGKILL) after ${count} acknowledged comments`)
                await lake.restart()
                console.log('lake restarted')
              })()
            : undefined
      },
    )
    await chaos
    report('lake killed and restarted', result)
    expect(chaos).toBeDefined()
    const retried = result.outcomes.filter((outcome) => outcome.statuses.length > 1)
    expect(retried.length).toBeGreaterThan(0)
    const stored = await storedBy(author)
    const storedIds = new Set(stored.map((doc) => doc._id))
    const acknowledged = result.outcomes.filter((outcome) => outcome.acknowledged)
    expect(acknowledged.filter((outcome) => !storedIds.has(`comments.${outcome.key}`))).toEqual([])
    expect(new Set(stored.map((doc) => doc.body)).size).toBe(stored.length)
    expect(acknowledged).toHaveLength(SUBMISSIONS)
    expect(stored).toHaveLength(SUBMISSIONS)
    expect(
      stored.every((doc) => doc.status === 'pending' && doc.body.startsWith(`Load ${run}: `)),
    ).toBe(true)
  }, 400_000)

  it('wrote every comment under the article it was posted to', async () => {
    const strays = await lake.api.query<number>(
      'count(*[_type == "comment" && authorName match $prefix && article._ref != $id])',
      {
        prefix: `Load ${run}*`,
        id: ARTICLE.id,
      },
    )
    expect(strays).toBe(0)
  })
})
