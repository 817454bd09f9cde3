import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { parseDocument } from '../support/documents'
import { previewCookie, setCookies } from '../support/preview-session'
import { startStack, type Stack } from '../support/stack'
import { publishAndWait } from '../support/webhooks'

const ARTICLE = '/blog/how-to-prevent-lower-back-pain-after-exercise'
const DAY = 24 * 60 * 60 * 1000
const TODAY_BANNER = 'Today only: 10% off yoga mats'
const TOMORROW_BANNER = 'Tomorrow: free returns on everything'

/** Midnight UTC starting tomorrow: "tomorrow 09:00" is this plus nine hours. */
const tomorrow = Math.floor(Date.now() / DAY) * DAY + DAY
const iso = (time: number) => new Date(time).toISOString()
/** `tomorrow 09:00` as a datetime-local value; without a zone offset the route reads it as UTC. */
const TOMORROW_9 = iso(tomorrow + 9 * 60 * 60 * 1000).slice(0, 16)

let stack: Stack
let preview: string

beforeAll(async () => {
  stack = await startStack()
  await publishAndWait(stack.lake, 'deal-tomorrow', () =>
    stack.lake.api.mutate([
      // Live now and ending tomorrow at 08:00: gone in a preview of tomorrow 09:00.
      {
        createOrReplace: {
          _id: 'deal-today',
          _type: 'deal',
          label: 'Today only',
          message: '10% off yoga mats',
          startsAt: iso(Date.now() - 60 * 60 * 1000),
          endsAt: iso(tomorrow + 8 * 60 * 60 * 1000),
          priority: 100,
          enabled: true,
        },
      },
      {
        createOrReplace: {
          _id: 'deal-tomorrow',
          _type: 'deal',
          label: 'Tomorrow',
          message: 'free returns on everything',
          startsAt: iso(tomorrow),
          endsAt: iso(tomorrow + DAY),
          priority: 200,
          enabled: true,
        },
      },
    ]),
  )
  preview = await previewCookie(stack, ARTICLE)
})

afterAll(async () => {
  await stack?.close()
})

async function page(path: string, cookie?: string) {
  const response = await fetch(`${stack.web.url}${path}`, { headers: cookie ? { cookie } : {} })
  expect(response.status).toBe(200)
  const doc = parseDocument(await response.text(), 'text/html')
  return {
    response,
    doc,
    banner: doc.querySelector('#deal-banner p')?.textContent ?? null,
  }
}

/** Submits the preview bar's form as a browser without JavaScript would. */
function setTime(fields: Record<string, string>, headers: Record<string, string> = {}) {
  return fetch(`${stack.web.url}/api/draft-mode/time`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'sec-fetch-site': 'same-origin',
      ...headers,
    },
    body: new URLSearchParams(fields).toString(),
  })
}

const TIME_FORM = { at: TOMORROW_9, redirect: ARTICLE }

/** The preview cookies plus the preview time the route set. */
async function previewAtTomorrow9(): Promise<string> {
  const response = await setTime(TIME_FORM, { cookie: preview })
  expect(response.status).toBe(303)
  expect(response.headers.get('location')).toBe(ARTICLE)
  const offset = setCookies(response).get('preview-time') ?? ''
  expect(offset).toMatch(/^[0-9]+$/)
  return `${preview}; preview-time=${offset}`
}

describe('viewing the preview at another time', () => {
  it("shows tomorrow's deal at tomorrow 09:00, while shoppers keep today's", async () => {
    await page(ARTICLE) // cached for shoppers from here on
    await expect(page(ARTICLE).then((shop) => shop.banner)).resolves.toBe(TODAY_BANNER)

    const cookie = await previewAtTomorrow9()
    const later = await page(ARTICLE, cookie)
    expect(later.banner).toBe(TOMORROW_BANNER)
    // The bar's time streams in after the shell (it reads a cookie), so look in the whole page.
    expect(later.doc.body.textContent).toMatch(/Viewing the site at .*9:0\d/)
    const deals = await page('/deals', cookie)
    const live = [...deals.doc.querySelectorAll('section[aria-labelledby="live-deals"] li h3')]
    expect(live.map((h) => h.textContent)).toContain(TOMORROW_BANNER)
    expect(live.map((h) => h.textContent)).not.toContain(TODAY_BANNER)

    const shopper = await page(ARTICLE)
    expect(shopper.banner).toBe(TODAY_BANNER)
    expect(shopper.response.headers.get('x-nextjs-cache')).toBe('HIT')
  })

  it('a preview-time cookie without a valid preview is ignored and dropped', async () => {
    const offset = `preview-time=${DAY}`
    for (const cookie of [offset, `__prerender_bypass=forged; ${offset}`]) {
      const shop = await page(ARTICLE, cookie)
      expect(shop.banner).toBe(TODAY_BANNER)
      expect(shop.response.headers.get('x-nextjs-cache')).toBe('HIT')
      expect(shop.doc.body.textContent).not.toContain('Viewing the site at')
      expect(setCookies(shop.response).get('preview-time')).toBe('')
    }
  })

  it('"Now" goes back to the real clock', async () => {
    const cookie = await previewAtTomorrow9()
    const reset = await setTime({ reset: 'now', redirect: ARTICLE }, { cookie })
    expect(reset.status).toBe(303)
    expect(setCookies(reset).get('preview-time')).toBe('')
    const now = await page(ARTICLE, preview)
    expect(now.banner).toBe(TODAY_BANNER)
    expect(now.doc.body.textContent).not.toContain('Viewing the site at')
  })
})

describe('the time route refuses', () => {
  it('anyone not in preview', async () => {
    const response = await setTime(TIME_FORM)
    expect(response.status).toBe(403)
    expect(setCookies(response).has('preview-time')).toBe(false)
  })

  it('a form sent from another site', async () => {
    const response = await setTime(TIME_FORM, { cookie: preview, 'sec-fetch-site': 'cross-site' })
    expect(response.status).toBe(403)
    expect(setCookies(response).has('preview-time')).toBe(false)
  })

  it('a time that is not one, with a message, changing nothing', async () => {
    for (const at of [
      '',
      'tomorrow',
      '2026-02-30T09:00',
      iso(Date.now() + 400 * DAY).slice(0, 16),
    ]) {
      const response = await setTime({ at, redirect: ARTICLE }, { cookie: preview })
      expect(response.status).toBe(400)
      await expect(response.text()).resolves.toMatch(/\w+/)
      expect(setCookies(response).has('preview-time')).toBe(false)
    }
  })
})
