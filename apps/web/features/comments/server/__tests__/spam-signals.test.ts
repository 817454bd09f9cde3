/** @jest-environment node */
import { describe, expect, it } from '@jest/globals'
import { handleCommentPost } from '../handle-comment-post'
import {
  ACCEPTED_MESSAGE,
  EXPIRED_MESSAGE,
  FORGED_MESSAGE,
  rateLimitedMessage,
  TOO_FAST_MESSAGE,
} from '../../shared/messages'
import { RateLimiter } from '../rate-limit'
import { checkRenderToken, issueRenderToken } from '../render-token'
import { ARTICLE, KEYS, NOW, postRequest, testDeps, validFields } from './fakes'

const renderedAgo = (ms: number) => issueRenderToken(KEYS.renderToken, ARTICLE.id, NOW - ms)

describe('honeypot', () => {
  it('answers a filled honeypot exactly like an accepted comment, and stores nothing', async () => {
    const deps = testDeps()
    const response = await handleCommentPost(
      postRequest(validFields({ website: 'https://spam.example' })),
      deps,
    )
    expect(response.status).toBe(202)
    expect(await response.json()).toEqual({ ok: true, message: ACCEPTED_MESSAGE })
    expect(deps.store.writes).toBe(0)
  })
})

describe('time between rendering and submitting', () => {
  it('refuses a submission faster than the minimum with a fresh token to resend with', async () => {
    const deps = testDeps()
    const response = await handleCommentPost(
      postRequest(validFields({ renderedAt: renderedAgo(1_000) })),
      deps,
    )
    expect(response.status).toBe(400)
    const body = await response.json()
    expect(body).toMatchObject({ ok: false, fieldErrors: {}, formError: TOO_FAST_MESSAGE })
    expect(
      checkRenderToken(
        KEYS.renderToken,
        body.renderedAt,
        ARTICLE.id,
        NOW + 3_000,
        deps.config.renderToken,
      ).ok,
    ).toBe(true)
    expect(deps.store.writes).toBe(0)
  })

  it('honours a configured minimum time', async () => {
    const deps = testDeps()
    deps.config.renderToken.minAgeMs = 20_000
    const response = await handleCommentPost(
      postRequest(validFields({ renderedAt: renderedAgo(10_000) })),
      deps,
    )
    expect((await response.json()).formError).toBe(TOO_FAST_MESSAGE)
  })

  it('refuses a forged or foreign token with 403', async () => {
    const forged = `${NOW - 60_000}.${'A'.repeat(43)}`
    const otherArticle = issueRenderToken(KEYS.renderToken, 'article-other', NOW - 10_000)
    for (const renderedAt of [forged, otherArticle]) {
      const response = await handleCommentPost(postRequest(validFields({ renderedAt })), testDeps())
      expect(response.status).toBe(403)
      expect((await response.json()).formError).toBe(FORGED_MESSAGE)
    }
  })

  it('refuses an expired form', async () => {
    const response = await handleCommentPost(
      postRequest(validFields({ renderedAt: renderedAgo(86_400_001) })),
      testDeps(),
    )
    expect([response.status, (await response.json()).formError]).toEqual([400, EXPIRED_MESSAGE])
  })
})

describe('rate limit', () => {
  it('answers 429 with Retry-After and a human message once a client spent its burst', async () => {
    const deps = testDeps({
      rateLimiter: new RateLimiter({ burst: 2, perMinute: 2, maxClients: 10 }),
    })
    const statuses: number[] = []
    for (const key of ['1', '2', '3']) {
      const fields = validFields({ idempotencyKey: `5f0c6a8e-2a4b-4d7c-9f1e-3b2a1c0d9e8${key}` })
      statuses.push((await handleCommentPost(postRequest(fields), deps)).status)
    }
    expect(statuses).toEqual([202, 202, 429])
    const limited = await handleCommentPost(postRequest(validFields()), deps)
    expect(limited.headers.get('retry-after')).toBe('30')
    expect((await limited.json()).formError).toBe(rateLimitedMessage(30))
    const otherClient = await handleCommentPost(
      postRequest(validFields(), { headers: { 'x-forwarded-for': '198.51.100.1' } }),
      deps,
    )
    expect(otherClient.status).toBe(202)
    expect(deps.store.documents.size).toBe(3)
  })

  it('words long waits in minutes', () => {
    expect(rateLimitedMessage(1)).toBe(
      'You are posting comments too quickly. Please wait 1 second and try again.',
    )
    expect(rateLimitedMessage(600)).toBe(
      'You are posting comments too quickly. Please wait 10 minutes and try again.',
    )
  })
})

describe('idempotency', () => {
  it('stores a double submit once', async () => {
    const deps = testDeps()
    const responses = await Promise.all(
      [0, 1].map(() => handleCommentPost(postRequest(validFields()), deps)),
    )
    expect(responses.map((response) => response.status)).toEqual([202, 202])
    expect(deps.store.documents.size).toBe(1)
  })

  it('makes a retry after a lost answer harmless: same id, one document, first text kept', async () => {
    const deps = testDeps()
    deps.store.failing = true
    expect((await handleCommentPost(postRequest(validFields()), deps)).status).toBe(503)
    deps.store.failing = false
    await handleCommentPost(postRequest(validFields()), deps)
    await handleCommentPost(postRequest(validFields({ body: 'Edited before retrying' })), deps)
    expect([...deps.store.documents.values()].map((doc) => doc.body)).toEqual([
      'Stretching after runs helped me a lot.',
    ])
  })

  it('treats the key case-insensitively', async () => {
    const deps = testDeps()
    await handleCommentPost(postRequest(validFields()), deps)
    await handleCommentPost(
      postRequest(validFields({ idempotencyKey: '5F0C6A8E-2A4B-4D7C-9F1E-3B2A1C0D9E8F' })),
      deps,
    )
    expect(deps.store.documents.size).toBe(1)
  })
})
