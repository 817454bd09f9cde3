import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { signPreviewSession } from '@repo/web/lib/preview/session'
import { seedDocument } from '../support/documents'
import { createSecret, handshake, previewCookie, setCookies } from '../support/preview-session'
import { startStack, type Stack } from '../support/stack'

const ARTICLE = '/blog/how-to-prevent-lower-back-pain-after-exercise'
const ARTICLE_ID = 'article-lower-back-pain-after-exercise'
const PUBLISHED_TITLE = 'How to Prevent Lower Back Pain After Exercise'
const DRAFT_TITLE = `Draft title ${randomUUID()}`

let stack: Stack

beforeAll(async () => {
  stack = await startStack()
  await stack.lake.api.mutate([
    {
      createOrReplace: {
        ...seedDocument(ARTICLE_ID),
        _id: `drafts.${ARTICLE_ID}`,
        title: DRAFT_TITLE,
      },
    },
  ])
})

afterAll(async () => {
  await stack?.close()
})

async function articlePage(cookie?: string): Promise<{ response: Response; html: string }> {
  const response = await fetch(`${stack.web.url}${ARTICLE}`, { headers: cookie ? { cookie } : {} })
  expect(response.status).toBe(200)
  return { response, html: await response.text() }
}

const h1 = (html: string) => /<h1[^>]*>(.*?)<\/h1>/s.exec(html)?.[1]

describe('entering draft mode', () => {
  it('refuses a wrong secret and sets no cookie', async () => {
    const response = await handshake(stack, 'not-a-secret-that-exists', ARTICLE)
    expect(response.status).toBe(401)
    expect(setCookies(response).has('__prerender_bypass')).toBe(false)
  })

  it('accepts the Studio secret once and redirects to the page being previewed', async () => {
    const secret = await createSecret(stack)
    const response = await handshake(stack, secret, ARTICLE)
    expect(response.status).toBe(307)
    expect(new URL(response.headers.get('location') ?? '', stack.web.url).pathname).toBe(ARTICLE)
    const cookies = setCookies(response)
    expect(cookies.get('__prerender_bypass')).toMatch(/.{8,}/)
    expect(cookies.get('preview-session')).toMatch(/.{8,}/)

    const replay = await handshake(stack, secret, ARTICLE)
    expect(replay.status).toBe(401)
    expect(setCookies(replay).has('__prerender_bypass')).toBe(false)
  })

  it('answers a replayed secret from a browser already in preview (the Studio reloading)', async () => {
    const secret = await createSecret(stack)
    const first = await handshake(stack, secret, ARTICLE)
    const cookies = setCookies(first)
    const cookie = ['__prerender_bypass', 'preview-session']
      .map((name) => `${name}=${cookies.get(name) ?? ''}`)
      .join('; ')
    expect((await handshake(stack, secret, ARTICLE, cookie)).status).toBe(307)
  })
})

describe('in draft mode', () => {
  it('shows the draft, per request, with an exit control, and never to shoppers', async () => {
    await articlePage()
    const cached = await articlePage()
    expect(cached.response.headers.get('x-nextjs-cache')).toBe('HIT')
    expect(h1(cached.html)).toBe(PUBLISHED_TITLE)

    const cookie = await previewCookie(stack, ARTICLE)
    const preview = await articlePage(cookie)
    expect(h1(preview.html)).toBe(DRAFT_TITLE)
    expect(preview.html).toContain('Exit preview')
    expect(preview.response.headers.get('cache-control')).toMatch(/private.*no-store/)
    // Rendered per request: the next edit of the draft shows at once, with no webhook or publish.
    const edited = `${DRAFT_TITLE} (edited)`
    await stack.lake.api.mutate([{ patch: { id: `drafts.${ARTICLE_ID}`, set: { title: edited } } }])
    expect(h1((await articlePage(cookie)).html)).toBe(edited)

    const shopper = await articlePage()
    expect(h1(shopper.html)).toBe(PUBLISHED_TITLE)
    expect(shopper.html).not.toContain('Draft title')
    expect(shopper.html).not.toContain('Exit preview')
    expect(shopper.response.headers.get('x-nextjs-cache')).toBe('HIT')
  })

  it('a forged draft-mode cookie shows the published page from the cache', async () => {
    const shopper = await articlePage('__prerender_bypass=forged-value')
    expect(h1(shopper.html)).toBe(PUBLISHED_TITLE)
    expect(shopper.response.headers.get('x-nextjs-cache')).toBe('HIT')
  })

  it('a real draft-mode cookie without a valid preview session (copied or expired) opens nothing', async () => {
    const cookies = new Map(
      (await previewCookie(stack, ARTICLE))
        .split('; ')
        .map((pair) => pair.split('=') as [string, string]),
    )
    const bypass = `__prerender_bypass=${cookies.get('__prerender_bypass') ?? ''}`
    const expired = signPreviewSession(stack.lake.tokens.viewer, Date.now() - 9 * 60 * 60 * 1000)
    const forged = signPreviewSession('some-other-key-entirely')
    for (const cookie of [
      bypass,
      `${bypass}; preview-session=${expired}`,
      `${bypass}; preview-session=${forged}`,
    ]) {
      const { response, html } = await articlePage(cookie)
      expect(h1(html)).toBe(PUBLISHED_TITLE)
      expect(response.headers.get('x-nextjs-cache')).toBe('HIT')
      expect(setCookies(response).get('__prerender_bypass')).toBe('')
    }
  })

  it('"Exit preview" ends draft mode and returns to the published page', async () => {
    const cookie = await previewCookie(stack, ARTICLE)
    const exit = await fetch(
      `${stack.web.url}/api/draft-mode/disable?redirect=${encodeURIComponent(ARTICLE)}`,
      { redirect: 'manual', headers: { cookie } },
    )
    expect(exit.status).toBe(303)
    expect(new URL(exit.headers.get('location') ?? '').pathname).toBe(ARTICLE)
    expect(setCookies(exit).get('__prerender_bypass')).toBe('')
    expect(setCookies(exit).get('preview-session')).toBe('')
    expect(setCookies(exit).get('preview-time')).toBe('')
  })
})
