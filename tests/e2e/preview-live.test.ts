import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { signPreviewSession } from '@repo/web/lib/preview/session'
import { seedDocument } from '../support/documents'
import { previewCookie } from '../support/preview-session'
import { startStack, type Stack } from '../support/stack'

const ARTICLE = '/blog/how-to-prevent-lower-back-pain-after-exercise'
const ARTICLE_ID = 'article-lower-back-pain-after-exercise'
const LIVE = '/api/draft-mode/live'
const FIELDS = `/api/draft-mode/fields?ids=${ARTICLE_ID},deal-free-shipping`
const TYPED_TITLE = 'Typed in the Studio, not saved'

let stack: Stack

beforeAll(async () => {
  stack = await startStack()
})

afterAll(async () => {
  await stack?.close()
})

/** An event stream's text as it arrives: `until` resolves once it matches, or rejects after `ms`. */
function streamText(response: Response) {
  const body = response.body
  if (!body) throw new Error('the response has no body')
  const reader = body.pipeThrough(new TextDecoderStream()).getReader()
  let text = ''
  return {
    async until(wanted: RegExp, ms = 15_000): Promise<string> {
      const timer = setTimeout(() => void reader.cancel(), ms)
      try {
        while (!wanted.test(text)) {
          const { done, value } = await reader.read()
          if (done)
            throw new Error(`the stream ended without ${wanted}; got ${JSON.stringify(text)}`)
          text += value
        }
        return text
      } finally {
        clearTimeout(timer)
      }
    },
    close: () => reader.cancel(),
  }
}

async function previewTitle(cookie: string): Promise<string | undefined> {
  const page = await fetch(`${stack.web.url}${ARTICLE}`, { headers: { cookie } })
  return /<h1[^>]*>(.*?)<\/h1>/s.exec(await page.text())?.[1]
}

const openLive = (cookie?: string) =>
  fetch(`${stack.web.url}${LIVE}`, { headers: cookie ? { cookie } : {} })

const readFields = (cookie?: string) =>
  fetch(`${stack.web.url}${FIELDS}`, { headers: cookie ? { cookie } : {} })

describe('the preview live stream and live fields', () => {
  it('are refused without draft mode, and with a copied or forged preview session', async () => {
    const cookies = new Map(
      (await previewCookie(stack, ARTICLE))
        .split('; ')
        .map((pair) => pair.split('=') as [string, string]),
    )
    const bypass = `__prerender_bypass=${cookies.get('__prerender_bypass') ?? ''}`
    const forged = signPreviewSession('some-other-key-entirely')
    for (const cookie of [
      undefined,
      '__prerender_bypass=forged-value',
      bypass,
      `${bypass}; preview-session=${forged}`,
    ]) {
      const response = await openLive(cookie)
      expect(response.status).toBe(403)
      expect(response.headers.get('content-type')).not.toContain('event-stream')
      expect(await response.text()).toContain('only in preview')
      const fields = await readFields(cookie)
      expect(fields.status).toBe(403)
      expect(fields.headers.get('cache-control')).toBe('no-store')
      expect(await fields.text()).toContain('only in preview')
    }
  })

  it('relays a draft change as a message event, to a browser in preview', async () => {
    const cookie = await previewCookie(stack, ARTICLE)
    // The preview has rendered the page before the edit, as an open preview has.
    expect(await previewTitle(cookie)).not.toBe(TYPED_TITLE)
    const response = await openLive(cookie)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('text/event-stream')
    const stream = streamText(response)
    // Write only once the relay is connected upstream, so the change cannot slip past it.
    await stream.until(/event: welcome/)
    await stack.lake.api.mutate([
      {
        createOrReplace: {
          ...seedDocument(ARTICLE_ID),
          _id: `drafts.${ARTICLE_ID}`,
          title: TYPED_TITLE,
        },
      },
    ])
    const text = await stream.until(/event: message\ndata: .*\n\n/)
    const message = /id: (\S+)\nevent: message\ndata: (.*)\n/.exec(text)
    expect(message?.[1]).toMatch(/.+/)
    expect(JSON.parse(message?.[2] ?? '{}')).toEqual({ tags: ['s1:type:article'] })
    // The token that reads drafts stays on the server.
    expect(text).not.toContain(stack.lake.tokens.viewer)
    await stream.close()
    // What the preview's fields read then shows at once, and its refresh renders: the typed title.
    const fields = await readFields(cookie)
    expect(fields.headers.get('cache-control')).toBe('private, no-store')
    const { documents } = (await fields.json()) as {
      documents: Record<string, Record<string, string>>
    }
    expect(documents[ARTICLE_ID]).toEqual({
      title: TYPED_TITLE,
      excerpt: seedDocument(ARTICLE_ID).excerpt,
    })
    expect(documents['deal-free-shipping']).toEqual(
      expect.objectContaining({ message: 'free shipping on all orders' }),
    )
    await expect(previewTitle(cookie)).resolves.toBe(TYPED_TITLE)
    // A shopper, and a browser that copied only the draft-mode cookie, get no draft text.
    expect((await readFields()).status).toBe(403)
    expect((await readFields(cookie.split('; ')[0])).status).toBe(403)
  })
})
