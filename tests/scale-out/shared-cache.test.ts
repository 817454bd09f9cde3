import { execFileSync } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { commentFields, DEFAULT_MIN_SUBMIT_MS, liveFormToken } from '../comments/comment-page'
import { until } from '../support/pages'
import { startTestLake, type TestLake } from '../support/lake'
import { freePort } from '../support/ports'
import { startRedis, type RedisServer } from '../support/redis'
import { startStorefront, type Storefront } from '../support/storefront'
import { publishAndWait } from '../support/webhooks'
import { startWebhookRelay, type WebhookRelay } from './webhook-relay'

const ARTICLE_ID = 'article-lower-back-pain-after-exercise'
const ARTICLE = '/blog/how-to-prevent-lower-back-pain-after-exercise'
const PAGES = [ARTICLE, '/', '/deals', '/feed.xml']

let redis: RedisServer
let lake: TestLake
let relay: WebhookRelay
const ports = { a: 0, b: 0 }
let a: Storefront
let b: Storefront

// Three comments at once, then one a minute; the client is the address before the proxy hop.
const COMMENT_LIMITS = {
  COMMENTS_RATE_LIMIT_BURST: '3',
  COMMENTS_RATE_LIMIT_PER_MINUTE: '1',
  COMMENTS_TRUSTED_PROXY_HOPS: '1',
}

const startInstance = (port: number) =>
  startStorefront({ port, lake, env: { REDIS_URL: redis.url, ...COMMENT_LIMITS } })

let formToken: Promise<string> | undefined

/** A signed form time, old enough to post with; any instance accepts it (one signing secret). */
function signedFormTime(): Promise<string> {
  formToken ??= liveFormToken(a.url).then(async ({ token, issuedAt }) => {
    await until(issuedAt + DEFAULT_MIN_SUBMIT_MS + 100)
    return token
  })
  return formToken
}

/** Posts a comment as the enhanced form does, from `client` (its address), to `instance`. */
async function postComment(instance: Storefront, client: string, key: string): Promise<number> {
  const token = await signedFormTime()
  const response = await fetch(`${instance.url}/api/comments`, {
    method: 'POST',
    headers: {
      accept: 'application/json',
      'content-type': 'application/x-www-form-urlencoded',
      'x-forwarded-for': `${client}, 127.0.0.1`,
    },
    body: commentFields(token, key, `Scale-out comment ${key}`),
  })
  await response.arrayBuffer()
  return response.status
}

async function h1(instance: Storefront, path = ARTICLE): Promise<string> {
  const response = await fetch(`${instance.url}${path}`)
  expect(response.status).toBe(200)
  const match = /<h1[^>]*>([^<]*)</.exec(await response.text())
  return match?.[1] ?? ''
}

const retitle = (title: string) => () =>
  lake.api.mutate([{ patch: { id: ARTICLE_ID, set: { title } } }])

/** The number of keys in Redis (redis-cli, from the same Debian package). */
function redisKeys(): number {
  const port = new URL(redis.url).port
  return Number(execFileSync('redis-cli', ['-p', port, 'dbsize']).toString().trim())
}

beforeAll(async () => {
  redis = await startRedis()
  ports.a = await freePort()
  ports.b = await freePort()
  // The webhook reaches instance A only, as behind a load balancer.
  relay = await startWebhookRelay(`http://127.0.0.1:${ports.a}/api/revalidate`)
  lake = await startTestLake({ webhookUrl: relay.url })
  a = await startInstance(ports.a)
  b = await startInstance(ports.b)
}, 180_000)

afterAll(async () => {
  await a?.close()
  await b?.close()
  await lake?.close()
  await relay?.close()
  await redis?.close()
})

describe('two storefront instances sharing a Redis cache', () => {
  it('both show a publish on their next page load, though the webhook reached one', async () => {
    expect(await h1(a)).toBe('How to Prevent Lower Back Pain After Exercise')
    expect(await h1(b)).toBe('How to Prevent Lower Back Pain After Exercise')
    const started = Date.now()
    await publishAndWait(lake, ARTICLE_ID, retitle('Lower back pain: the shared cache edition'))
    const acknowledged = Date.now()
    expect(await h1(b)).toBe('Lower back pain: the shared cache edition')
    expect(await h1(a)).toBe('Lower back pain: the shared cache edition')
    // The target is "within a second"; printed, not asserted (the CI machine is noisy).
    console.log(
      `publish to webhook acknowledged: ${acknowledged - started} ms; ` +
        `then served fresh by both instances: ${Date.now() - acknowledged} ms`,
    )
  })

  it('keeps the shared cache when an instance restarts', async () => {
    expect(await h1(a)).toBe('Lower back pain: the shared cache edition')
    // The next change reaches no instance yet, so only a fresh render could show it.
    relay.hold()
    await publishAndWait(lake, ARTICLE_ID, retitle('Lower back pain: held back'))
    await b.close()
    b = await startInstance(ports.b)
    expect(await h1(b)).toBe('Lower back pain: the shared cache edition')
    await relay.release()
    expect(await h1(b)).toBe('Lower back pain: held back')
  })

  it('stores a comment retried on the other instance with the same key once', async () => {
    const key = randomUUID()
    expect(await postComment(a, '198.51.100.1', key)).toBe(202)
    expect(await postComment(b, '198.51.100.1', key)).toBe(202)
    const stored = await lake.api.query<string[]>(
      '*[_type == "comment" && body == $body]._id',
      { body: `Scale-out comment ${key}` },
      'raw',
    )
    expect(stored).toEqual([`comments.${key}`])
  })

  it('limits a client alternating between instances at the same count as on one', async () => {
    const statuses: number[] = []
    for (const instance of [a, b, a, b, a])
      statuses.push(await postComment(instance, '198.51.100.2', randomUUID()))
    expect(statuses).toEqual([202, 202, 202, 429, 429])
  })

  it('keeps every page answering while Redis is down, and caches again once it is back', async () => {
    for (const instance of [a, b]) await h1(instance)
    await redis.kill()
    for (const instance of [a, b])
      for (const path of PAGES) {
        const response = await fetch(`${instance.url}${path}`)
        expect({ path, status: response.status }).toEqual({ path, status: 200 })
      }
    expect(await h1(b)).toBe('Lower back pain: held back')
    expect(a.service.lines.join('\n')).toContain('[cache] Redis unavailable')

    await redis.restart()
    expect(redisKeys()).toBe(0)
    // The clients reconnect by themselves (backoff up to 2 s); the next renders are stored again.
    const deadline = Date.now() + 30_000
    while (redisKeys() === 0 && Date.now() < deadline) {
      await h1(a)
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
    expect(redisKeys()).toBeGreaterThan(0)
  }, 90_000)
})
