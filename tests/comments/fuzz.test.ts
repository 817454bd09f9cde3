import { Socket } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startTestLake, type TestLake } from '../support/lake'
import { until } from '../support/pages'
import { freePort } from '../support/ports'
import { startStorefront, type Storefront } from '../support/storefront'
import { ARTICLE, commentFields, DEFAULT_MIN_SUBMIT_MS, liveFormToken } from './comment-page'
import { fuzzRequest, type FuzzRequest } from './fuzz-payloads'
import { Random } from './random'
import { storedCommentProblems } from './stored-comment'
import { inPool } from './submitter'

const REQUESTS = 10_000
const CONCURRENCY = 16
const TIME_BUDGET_MS = 240_000
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000)
const ACCEPTED_LOCATION = /^\/blog\/[^/?#\s]*#comment-received$/

let lake: TestLake
let web: Storefront
let token: string
let since: string

beforeAll(async () => {
  lake = await startTestLake()
  since = new Date().toISOString()
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

/** Why an answer breaks the rules, or null: JSON askers get 2xx/4xx; plain form posts may also get a 303 within the site. */
function violation(request: FuzzRequest, status: number, location: string | null): string | null {
  if ((status >= 200 && status < 300) || (status >= 400 && status < 500)) return null
  if (status === 303 && !request.json && location !== null && ACCEPTED_LOCATION.test(location))
    return null
  return `${request.kind} ${request.method} ${JSON.stringify(request.headers)} -> ${status} ${location ?? ''}`
}

const statuses: Record<string, number> = {}

async function send(request: FuzzRequest): Promise<string | null> {
  try {
    const response = await fetch(`${web.url}/api/comments`, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      redirect: 'manual',
      signal: AbortSignal.timeout(30_000),
    })
    await response.arrayBuffer()
    statuses[response.status] = (statuses[response.status] ?? 0) + 1
    return violation(request, response.status, response.headers.get('location'))
  } catch (error) {
    return `${request.kind}: no answer (${error instanceof Error ? error.message : String(error)})`
  }
}

/** Raw HTTP that no fetch would send: lying lengths, broken chunking, a dropped upload. */
const RAW_REQUESTS = [
  'POST /api/comments HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"a":1}',
  'POST /api/comments HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nZZ\r\nabc\r\n',
  'POST /api/comments HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 5\r\nContent-Length: 7\r\n\r\n{}',
  `POST /api/comments HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n4000\r\n${'a'.repeat(16384)}\r\n4000\r\n${'a'.repeat(8000)}`,
  'POST /api/comments HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 99999999\r\n\r\n',
  'POST /api/comments?x=%ZZ HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n',
]

function sendRaw(port: number, raw: string): Promise<void> {
  return new Promise((resolve) => {
    const socket = new Socket()
    socket.setTimeout(3_000, () => socket.destroy())
    socket.once('close', () => resolve())
    socket.once('error', () => resolve())
    socket.connect(port, '127.0.0.1', () => socket.end(raw))
    socket.resume()
  })
}

async function stillServes(): Promise<number> {
  const key = crypto.randomUUID()
  const response = await fetch(`${web.url}/api/comments`, {
    method: 'POST',
    headers: { accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded' },
    body: commentFields(token, key, `Still serving after the fuzz ${key}`, 'Fuzz canary'),
  })
  return response.status
}

describe(`${REQUESTS} random and hostile requests to POST /api/comments (seed ${SEED})`, () => {
  it(
    'answers every one with a 2xx or 4xx (a plain form post: or a 303 within the site), and stays up',
    async () => {
      const random = new Random(SEED)
      const deadline = Date.now() + TIME_BUDGET_MS
      const requests = Array.from({ length: REQUESTS }, () =>
        fuzzRequest(random, { articleId: ARTICLE.id, slug: ARTICLE.slug, token }),
      )
      let sent = 0
      const problems = (
        await inPool(requests, CONCURRENCY, async (request) => {
          if (Date.now() > deadline) return null
          sent += 1
          return send(request)
        })
      ).filter((problem): problem is string => problem !== null)
      const port = Number(new URL(web.url).port)
      for (const raw of RAW_REQUESTS) await sendRaw(port, raw)
      console.log(
        `fuzz seed ${SEED}: sent ${sent} + ${RAW_REQUESTS.length} raw; answers ${JSON.stringify(statuses)}; ${problems.length} problems`,
      )
      expect(problems.slice(0, 10)).toEqual([])
      expect(sent).toBe(REQUESTS)
      expect(web.service.child.exitCode).toBeNull()
      await expect(stillServes()).resolves.toBe(202)
    },
    TIME_BUDGET_MS + 60_000,
  )

  it('stored only comments that pass the comment schema', async () => {
    const stored = await lake.api.query<Record<string, unknown>[]>(
      '*[_type == "comment" && _createdAt >= $since]',
      { since },
    )
    const bad = stored
      .map((doc) => ({ id: doc._id, problems: storedCommentProblems(doc) }))
      .filter((doc) => doc.problems.length > 0)
    console.log(`${stored.length} comments stored during the fuzz`)
    expect(stored.length).toBeGreaterThan(0)
    expect(bad.slice(0, 5)).toEqual([])
  })
})
