/** @jest-environment node */
import { describe, expect, it } from '@jest/globals'
import { COMMENT_MESSAGES } from '@repo/content/comment-input'
import { handleCommentPost } from '../handle-comment-post'
import {
  CONFIRM_MESSAGE,
  rateLimitedMessage,
  TOO_FAST_MESSAGE,
  UNAVAILABLE_MESSAGE,
} from '../../shared/messages'
import { RateLimiter } from '../rate-limit'
import { checkRenderToken, issueRenderToken } from '../render-token'
import { articlePath } from '../respond'
import { ARTICLE, KEYS, NOW, postRequest, testDeps, validFields } from './fakes'

const formPost = (fields: Record<string, string>) => postRequest(fields, { json: false })
const policy = { minAgeMs: 3_000, maxAgeMs: 86_400_000 }

/** The fields of the form on a no-JS answer page, as the browser would post them again. */
function formOn(html: string): Record<string, string> {
  const fields: Record<string, string> = {}
  const unescape = (text: string) =>
    text.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
  for (const match of html.matchAll(
    /<input type="(?:hidden|text|email)"[^>]*?name="([^"]+)"[^>]*?value="([^"]*)"|<input type="(?:text|email)" value="([^"]*)"[^>]*?name="([^"]+)"/g,
  )) {
    if (match[1] !== undefined) fields[match[1]] = unescape(match[2] ?? '')
    else if (match[4] !== undefined) fields[match[4]] = unescape(match[3] ?? '')
  }
  const body = /<textarea[^>]*name="body"[^>]*>([\s\S]*?)<\/textarea>/.exec(html)
  if (body) fields.body = unescape(body[1] ?? '')
  return fields
}

describe('POST /api/comments from a plain form (no JavaScript)', () => {
  it('redirects an accepted comment back to the article, where #comment-received shows the notice', async () => {
    const deps = testDeps()
    const response = await handleCommentPost(formPost(validFields()), deps)
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe('/blog/lower-back-pain#comment-received')
    expect(deps.store.documents.size).toBe(1)
  })

  it('previews a post from the static form, then stores it when posted from the preview', async () => {
    const deps = testDeps()
    const fromStatic = validFields({ renderedAt: '', idempotencyKey: '' })
    const preview = await handleCommentPost(formPost(fromStatic), deps)
    expect(preview.status).toBe(400)
    const html = await preview.text()
    expect(html).toContain(CONFIRM_MESSAGE)
    expect(deps.store.writes).toBe(0)
    const again = formOn(html)
    expect(again).toMatchObject({
      articleId: ARTICLE.id,
      slug: ARTICLE.slug,
      authorName: 'Ann Reader',
      body: fromStatic.body,
      website: '',
    })
    expect(
      checkRenderToken(KEYS.renderToken, again.renderedAt ?? '', ARTICLE.id, NOW + 3_000, policy)
        .ok,
    ).toBe(true)
    expect(again.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/)
    const later = testDeps({ store: deps.store, now: () => NOW + 5_000 })
    const posted = await handleCommentPost(formPost(again), later)
    expect(posted.status).toBe(303)
    expect([...deps.store.documents.keys()]).toEqual([`comments.${again.idempotencyKey}`])
  })

  it('shows field errors next to their fields, keeping everything the reader typed', async () => {
    const fields = validFields({
      authorName: '',
      authorEmail: 'bad',
      body: 'Kept <b>text</b> & more',
    })
    const response = await handleCommentPost(formPost(fields), testDeps())
    expect(response.status).toBe(400)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    const html = await response.text()
    expect(html).toContain(
      `<p class="error" id="comment-authorName-error">${COMMENT_MESSAGES.nameRequired}</p>`,
    )
    expect(html).toMatch(
      /id="comment-authorName"[^>]*aria-invalid="true" aria-describedby="comment-authorName-error" autofocus/,
    )
    expect(html).not.toContain('<b>text</b>')
    expect(formOn(html)).toMatchObject({
      authorEmail: 'bad',
      body: 'Kept <b>text</b> & more',
      idempotencyKey: fields.idempotencyKey,
    })
  })

  it('keeps the text and the idempotency key when the lake is down (503)', async () => {
    const deps = testDeps()
    deps.store.failing = true
    const response = await handleCommentPost(formPost(validFields()), deps)
    expect(response.status).toBe(503)
    const html = await response.text()
    expect(html).toContain(UNAVAILABLE_MESSAGE)
    expect(formOn(html)).toMatchObject({
      body: validFields().body,
      idempotencyKey: validFields().idempotencyKey,
    })
  })

  it('answers too-fast and rate-limited posts with the form again (429 with Retry-After)', async () => {
    const fast = validFields({
      renderedAt: issueRenderToken(KEYS.renderToken, ARTICLE.id, NOW - 500),
    })
    expect(await (await handleCommentPost(formPost(fast), testDeps())).text()).toContain(
      TOO_FAST_MESSAGE,
    )
    const deps = testDeps({
      rateLimiter: new RateLimiter({ burst: 1, perMinute: 2, maxClients: 10 }),
    })
    await handleCommentPost(formPost(validFields()), deps)
    const limited = await handleCommentPost(formPost(validFields({ body: 'Second comment' })), deps)
    expect([limited.status, limited.headers.get('retry-after')]).toEqual([429, '30'])
    const html = await limited.text()
    expect(html).toContain(rateLimitedMessage(30))
    expect(formOn(html).body).toBe('Second comment')
  })

  it('redirects a filled honeypot like an accepted post, storing nothing', async () => {
    const deps = testDeps()
    const response = await handleCommentPost(
      formPost(validFields({ website: 'http://spam.example' })),
      deps,
    )
    expect(response.status).toBe(303)
    expect(deps.store.writes).toBe(0)
  })

  it('can only ever redirect within the site', async () => {
    for (const slug of [
      '//evil.example',
      'https://evil.example',
      '../../admin',
      'a/b?c#d',
      '\\\\evil.example',
      'x\r\nSet-Cookie: a=b',
    ]) {
      const response = await handleCommentPost(
        formPost(validFields({ slug, website: 'bot' })),
        testDeps(),
      )
      expect(response.headers.get('location')).toBe(
        `/blog/${encodeURIComponent(slug)}#comment-received`,
      )
    }
  })

  it('encodes any slug, even one with half a surrogate pair, into one path segment', () => {
    expect(articlePath('a\ud800b/\r\n\u{1F600}')).toBe(
      `/blog/${encodeURIComponent('a\uFFFDb/\r\n\u{1F600}')}`,
    )
  })
})
