import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { request } from './helpers/http'
import { EDITOR_TOKEN, startTestLake, type TestLake } from './helpers/lake'
import { nestedQuery } from './helpers/queries'
import { WebhookReceiver } from './helpers/receiver'
import { SseReader } from './helpers/sse'

const TIMEOUT_MS = 3000
const SLACK_MS = 2500
/**
 * A request the lake answers while a runaway evaluates must not wait for it. Not a speed target
 * (these machines are shared and noisy: a loaded one took 1.1 s): a lake blocked by the runaway
 * answers only after the query deadline, so anything well under it proves the lake kept answering.
 */
const ANSWERED_MEANWHILE_MS = TIMEOUT_MS * (2 / 3)

let lake: TestLake

beforeAll(async () => {
  lake = await startTestLake({ configOverrides: { limits: { queryTimeoutMs: TIMEOUT_MS } } })
  const tx = lake.client(EDITOR_TOKEN).transaction()
  for (let i = 0; i < 40; i++) tx.create({ _id: `x-${i}`, _type: 'x', n: i })
  await tx.commit()
})

afterAll(async () => {
  await lake.close()
})

const queryUrl = (query: string): string =>
  `${lake.url}/v2025-02-19/data/query/production?query=${encodeURIComponent(query)}`

/** Time of one request in ms, with its status. */
async function timed(url: string): Promise<{ ms: number; status: number; json: unknown }> {
  const started = performance.now()
  const res = await request(url)
  return { ms: performance.now() - started, status: res.status, json: res.json }
}

describe('a runaway query', () => {
  test('is cut off at the deadline while /health and other queries keep answering', async () => {
    // Open the keep-alive connection first, as the Studio and storefront have theirs: on a busy shared
    // machine a fresh TLS handshake alone can take a large part of the second being measured.
    expect((await timed(`${lake.url}/health`)).status).toBe(200)
    const started = performance.now()
    const runaway = timed(queryUrl(nestedQuery(6)))
    // Let the runaway start evaluating before probing.
    await new Promise((resolve) => setTimeout(resolve, 200))
    const health = await timed(`${lake.url}/health`)
    const normal = await timed(queryUrl('*[_id == "x-1"][0].n'))
    const answeredAt = performance.now()
    let runawayAt = 0
    const result = await runaway.then((answer) => ((runawayAt = performance.now()), answer))
    expect(health).toMatchObject({ status: 200, json: { ok: true } })
    expect(normal).toMatchObject({ status: 200, json: { result: 1 } })
    // Both answered while the runaway still ran: a blocked lake would answer them only after it.
    expect(answeredAt).toBeLessThan(runawayAt)
    expect(health.ms + normal.ms).toBeLessThan(ANSWERED_MEANWHILE_MS)
    expect(result.status).toBe(504)
    expect(result.json).toMatchObject({
      error: { type: 'queryTimeoutError', description: expect.stringContaining('timed out') },
    })
    expect(performance.now() - started).toBeLessThan(TIMEOUT_MS + SLACK_MS)
  })
})

describe('a runaway listen filter', () => {
  test('is cut off with a channelError while the lake keeps answering', async () => {
    const filter = `*[_type == "y" && count(${nestedQuery(5)}) > 0]`
    const reader = await new SseReader().open(
      `${lake.url}/v2025-02-19/data/listen/production?query=${encodeURIComponent(filter)}`,
    )
    await reader.waitFor((event) => event.event === 'welcome')
    await lake.client(EDITOR_TOKEN).create({ _id: 'y-1', _type: 'y' })
    const health = await timed(`${lake.url}/health`)
    expect(health.status).toBe(200)
    expect(health.ms).toBeLessThan(ANSWERED_MEANWHILE_MS)
    const [failure] = await reader.waitFor(
      (event) => event.event === 'channelError',
      1,
      TIMEOUT_MS + SLACK_MS,
    )
    expect(JSON.stringify(failure?.data)).toContain('timed out')
    await reader.ended
  })
})

describe('limits on work and result size', () => {
  let small: TestLake

  beforeAll(async () => {
    small = await startTestLake({
      configOverrides: { limits: { maxQueryWork: 5_000, maxResultBytes: 4096 } },
    })
    const items = Array.from({ length: 40 }, (_, i) => ({
      _key: `k${i}`,
      n: i,
      text: 'x'.repeat(50),
    }))
    await small.client(EDITOR_TOKEN).create({ _id: 'big', _type: 'big', items })
  })

  afterAll(async () => {
    await small.close()
  })

  const url = (query: string): string =>
    `${small.url}/v2025-02-19/data/query/production?query=${encodeURIComponent(query)}`

  test('nesting over a document’s own arrays runs out of work, not memory (422)', async () => {
    let inner = 'n'
    for (let i = 0; i < 5; i++) inner = `*[_id == "big"][0].items[]{"a": ${inner}}`
    const res = await request(url(inner))
    expect(res.status).toBe(422)
    expect(res.json).toMatchObject({
      error: { type: 'queryWorkLimitError', description: expect.stringContaining('5000 items') },
    })
  })

  test('a result above maxResultBytes is refused with a clear error (422)', async () => {
    const res = await request(url('*[_id == "big"][0]{"a": items, "b": items, "c": items}'))
    expect(res.status).toBe(422)
    expect(res.json).toMatchObject({
      error: { type: 'queryResultTooLargeError', description: expect.stringContaining('4096') },
    })
    const fits = await request(url('*[_id == "big"][0].items[0...3].n'))
    expect(fits).toMatchObject({ status: 200, json: { result: [0, 1, 2] } })
  })
})

describe('a runaway webhook filter', () => {
  const receiver = new WebhookReceiver()
  let hooked: TestLake

  beforeAll(async () => {
    const url = await receiver.start()
    const hook = { dataset: 'production', url, on: ['create' as const] }
    // Seeded, not written: groq-js evaluates both sides of `&&`, so every write would run the runaway.
    const seedFile = join(mkdtempSync(join(tmpdir(), 'content-lake-runaway-')), 'seed.ndjson')
    const seed = Array.from({ length: 40 }, (_, i) => JSON.stringify({ _id: `x-${i}`, _type: 'x' }))
    writeFileSync(seedFile, seed.join('\n'))
    hooked = await startTestLake({
      seedFile,
      configOverrides: {
        limits: { queryTimeoutMs: TIMEOUT_MS },
        webhooks: [
          { ...hook, name: 'runaway', filter: `_type == "y" && count(${nestedQuery(5)}) > 0` },
          { ...hook, name: 'plain', filter: '_type == "z"' },
        ],
      },
    })
  })

  afterAll(async () => {
    await hooked.close()
    await receiver.stop()
  })

  test('is cut off and logged, and later changes are still delivered', async () => {
    await hooked.client(EDITOR_TOKEN).create({ _id: 'y-1', _type: 'y' })
    const health = await timed(`${hooked.url}/health`)
    expect(health.status).toBe(200)
    expect(health.ms).toBeLessThan(ANSWERED_MEANWHILE_MS)
    await hooked.client(EDITOR_TOKEN).create({ _id: 'z-1', _type: 'z' })
    await receiver.waitFor('z-1')
    expect(hooked.logs.join('\n')).toMatch(/webhook "runaway": skipping y-1 .*timed out/)
  })
})
