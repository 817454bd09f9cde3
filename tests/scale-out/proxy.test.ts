import { randomBytes, randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { commentFields, DEFAULT_MIN_SUBMIT_MS, liveFormToken } from '../comments/comment-page'
import { until } from '../support/pages'
import { startTestLake, type TestLake } from '../support/lake'
import { freePort } from '../support/ports'
import { startRedis, type RedisServer } from '../support/redis'
import { startStorefront, type Storefront } from '../support/storefront'
import { startVarnish, type Varnish } from '../support/varnish'
import { publishAndWait } from '../support/webhooks'

const ARTICLE_ID = 'article-lower-back-pain-after-exercise'
const ARTICLE = '/blog/how-to-prevent-lower-back-pain-after-exercise'
const ORIGINAL_TITLE = 'How to Prevent Lower Back Pain After Exercise'
const SECRET = randomBytes(30).toString('base64url')
const PAGES = [ARTICLE, '/', '/deals', '/feed.xml']
/** Text each page shows whatever Redis does (the article page: its current title). */
const PAGE_TEXT: Record<string, string> = {
  '/': 'Lower back pain',
  '/deals': 'free shipping',
  '/feed.xml': '<rss',
}

let redis: RedisServer
let lake: TestLake
let proxy: Varnish
let a: Storefront
let b: Storefront

interface Fetched {
  status: number
  cache: string | null
  title: string
  headers: Headers
}

async function get(base: string, path = ARTICLE, headers: Record<string, string> = {}) {
  const response = await fetch(`${base}${path}`, { headers })
  const match = /<h1[^>]*>([^<]*)</.exec(await response.text())
  const fetched: Fetched = {
    status: response.status,
    cache: response.headers.get('x-cache'),
    title: match?.[1] ?? '',
    headers: response.headers,
  }
  return fetched
}

/** Polls `base` until the article shows `title`; resolves with how long that took. */
async function visible(base: string, title: string, from: number): Promise<number> {
  const deadline = Date.now() + 15_000
  for (;;) {
    const { title: shown } = await get(base)
    if (shown === title) return Date.now() - from
    if (Date.now() > deadline) throw new Error(`${base} still shows "${shown}", not "${title}"`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

let formToken: Promise<string> | undefined

/** A signed form time, old enough to post with (any instance accepts it: one signing secret). */
function signedFormTime(): Promise<string> {
  formToken ??= liveFormToken(proxy.url).then(async ({ token, issuedAt }) => {
    await until(issuedAt + DEFAULT_MIN_SUBMIT_MS + 100)
    return token
  })
  return formToken
}

/** Posts a comment as the enhanced form does, claiming to come from `claimed`. */
async function postComment(base: string, claimed: string): Promise<Response> {
  const token = await signedFormTime()
  const key = randomUUID()
  const response = await fetch(`${base}/api/comments`, {
    method: 'POST',
    headers: {
      accept: 'application/json',
      'content-type': 'application/x-www-form-urlencoded',
      'x-forwarded-for': claimed,
      'x-client-ip': claimed,
      'x-real-ip': claimed,
    },
    body: commentFields(token, key, `Proxy comment ${key}`),
  })
  await response.arrayBuffer()
  return response
}

beforeAll(async () => {
  redis = await startRedis()
  const ports = { a: await freePort(), b: await freePort(), proxy: await freePort() }
  // The webhook reaches instance A only, as behind a load balancer; A purges the proxy.
  lake = await startTestLake({ webhookUrl: `http://127.0.0.1:${ports.a}/api/revalidate` })
  const env = {
    REDIS_URL: redis.url,
    PROXY_PURGE_URL: `http://127.0.0.1:${ports.proxy}`,
    PROXY_SECRET: SECRET,
    COMMENTS_RATE_LIMIT_BURST: '3',
    COMMENTS_RATE_LIMIT_PER_MINUTE: '1',
  }
  a = await startStorefront({ port: ports.a, lake, env })
  b = await startStorefront({ port: ports.b, lake, env })
  proxy = await startVarnish([ports.a, ports.b], SECRET, ports.proxy)
}, 180_000)

afterAll(async () => {
  await proxy?.close()
  await a?.close()
  await b?.close()
  await lake?.close()
  await redis?.close()
})

describe('the caching proxy in front of two storefront instances', () => {
  it('serves a page from its cache, whatever unrelated cookies a shopper sends', async () => {
    const first = await get(proxy.url)
    expect(first).toMatchObject({ status: 200, title: ORIGINAL_TITLE })
    const again = await get(proxy.url, ARTICLE, { cookie: '_ga=GA1.1.5; deal-dismissed=1' })
    expect(again).toMatchObject({ status: 200, cache: 'HIT', title: ORIGINAL_TITLE })
    // Its cache tags are for the proxy, not for shoppers.
    expect(again.headers.get('xkey')).toBeNull()
    expect(again.headers.get('cache-control')).toMatch(/s-maxage=\d+/)
  })

  it('shows a publish through the proxy and on both instances within a second', async () => {
    expect((await get(proxy.url)).cache).toBe('HIT')
    const title = 'Lower back pain: the proxy edition'
    const started = Date.now()
    await publishAndWait(lake, ARTICLE_ID, () =>
      lake.api.mutate([{ patch: { id: ARTICLE_ID, set: { title } } }]),
    )
    const acknowledged = Date.now()
    const throughProxy = await visible(proxy.url, title, acknowledged)
    const onA = await visible(a.url, title, acknowledged)
    const onB = await visible(b.url, title, acknowledged)
    // The target is "within a second"; printed, not asserted (the CI machine is noisy).
    console.log(
      `publish to webhook acknowledged: ${acknowledged - started} ms; then visible through ` +
        `the proxy: ${throughProxy} ms, on A: ${onA} ms, on B: ${onB} ms`,
    )
    expect(a.service.lines.join('\n')).not.toContain('proxy purge')
    // Cached again after the purge.
    await get(proxy.url)
    expect((await get(proxy.url)).cache).toBe('HIT')
  })

  it('never caches draft mode, API answers or comment posts', async () => {
    const draft = { cookie: '__prerender_bypass=forged; preview-session=forged' }
    for (let i = 0; i < 2; i++) expect((await get(proxy.url, ARTICLE, draft)).cache).toBe('MISS')
    for (let i = 0; i < 2; i++) {
      const token = await get(proxy.url, `/api/comments/token?articleId=${ARTICLE_ID}`)
      expect({ status: token.status, cache: token.cache }).toEqual({ status: 200, cache: 'MISS' })
    }
    const posts = [await postComment(proxy.url, '198.51.100.7'), await postComment(proxy.url, '1')]
    expect(posts.map((post) => [post.status, post.headers.get('x-cache')])).toEqual([
      [202, 'MISS'],
      [202, 'MISS'],
    ])
  })

  it('limits comments by the address the proxy saw, ignoring a forged X-Forwarded-For', async () => {
    // Through the proxy every request comes from 127.0.0.1; two of its three were spent above.
    const throughProxy = [await postComment(proxy.url, '198.51.100.8')]
    throughProxy.push(await postComment(proxy.url, '198.51.100.9'))
    expect(throughProxy.map((post) => post.status)).toEqual([202, 429])
    // Sent to an instance directly, the claimed addresses are not believed either.
    const direct: number[] = []
    for (const claimed of ['203.0.113.1', '203.0.113.2', '203.0.113.3', '203.0.113.4'])
      direct.push((await postComment(b.url, claimed)).status)
    expect(direct).toEqual([202, 202, 202, 429])
  })

  it('accepts a purge only with the secret', async () => {
    await get(proxy.url)
    const refused = await fetch(proxy.url, {
      method: 'PURGE',
      headers: { 'xkey-purge': 'articles' },
    })
    await refused.arrayBuffer()
    expect(refused.status).toBe(403)
    const forged = await fetch(proxy.url, {
      method: 'PURGE',
      headers: { 'xkey-purge': 'articles', 'x-purge-token': `${SECRET.slice(1)}x` },
    })
    await forged.arrayBuffer()
    expect(forged.status).toBe(403)
    expect((await get(proxy.url)).cache).toBe('HIT')
  })

  it('keeps every page answering through the proxy while Redis is down, and publishes after', async () => {
    const title = (await get(proxy.url)).title
    // Soft-purged, so every request below reaches an instance, which renders without Redis.
    expect(await proxy.purge(['articles', 'deals', 'site-settings'])).toBe(200)
    await redis.kill()
    for (let round = 0; round < 2; round++)
      for (const path of PAGES) {
        const response = await fetch(`${proxy.url}${path}`)
        const body = await response.text()
        expect({ path, status: response.status }).toEqual({ path, status: 200 })
        expect(body).toContain(PAGE_TEXT[path] ?? title)
      }
    expect(a.service.lines.join('\n')).toContain('[cache] Redis unavailable')

    await redis.restart()
    const next = 'Lower back pain: after the Redis outage'
    // The instances' clients reconnect by themselves (backoff up to 2 s); a publish needs them
    // to: the webhook's expiry is written to Redis, where both instances read it.
    await publishAndWait(lake, ARTICLE_ID, () =>
      lake.api.mutate([{ patch: { id: ARTICLE_ID, set: { title: next } } }]),
    )
    const acknowledged = Date.now()
    for (const base of [proxy.url, a.url, b.url]) await visible(base, next, acknowledged)
  }, 120_000)

  it('serves the stale page when no storefront answers, even after a purge', async () => {
    const before = await get(proxy.url)
    expect(before.status).toBe(200)
    expect(await proxy.purge(['articles'])).toBe(200)
    await a.close()
    await b.close()
    const stale = await get(proxy.url)
    expect({ status: stale.status, title: stale.title }).toEqual({
      status: 200,
      title: before.title,
    })
    // A page it never cached has nothing to fall back on.
    expect((await get(proxy.url, '/category/never-cached')).status).toBe(503)
  })
})
