import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser } from 'playwright-core'
import { launchChromium } from '../support/browser'
import { parseDocument } from '../support/documents'
import { until } from '../support/pages'
import { startStack, type Stack } from '../support/stack'
import { publishAndWait } from '../support/webhooks'

let stack: Stack
let browser: Browser

beforeAll(async () => {
  stack = await startStack()
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  await stack?.close()
})

const iso = (time: number) => new Date(time).toISOString()

const deal = (id: string, fields: Record<string, unknown>) => ({
  createOrReplace: {
    _id: id,
    _type: 'deal',
    label: 'Flash sale',
    message: `offer ${id}`,
    priority: 10,
    enabled: true,
    ...fields,
  },
})

/** The deals page as a shopper's browser gets it, split into its two lists (streamed parts included). */
async function dealsPage(): Promise<{ live: string[]; upcoming: string[]; empty: boolean }> {
  const response = await fetch(`${stack.web.url}/deals`)
  expect(response.status).toBe(200)
  const doc = parseDocument(await response.text(), 'text/html')
  const titles = (id: string) =>
    [...doc.querySelectorAll(`section[aria-labelledby="${id}"] li h3`)].map(
      (h) => h.textContent ?? '',
    )
  return {
    live: titles('live-deals'),
    upcoming: titles('upcoming-deals'),
    empty: doc.querySelector('[data-empty-deals]') !== null,
  }
}

describe('/deals', () => {
  it('lists live deals and announced upcoming ones, never unannounced ones', async () => {
    const soon = Date.now() + 60 * 60_000
    await publishAndWait(stack.lake, 'deal-unannounced', () =>
      stack.lake.api.mutate([
        deal('deal-announced', {
          announce: true,
          startsAt: iso(soon),
          endsAt: iso(soon + 3_600_000),
        }),
        deal('deal-unannounced', { startsAt: iso(soon) }),
      ]),
    )
    const page = await dealsPage()
    expect(page.live).toEqual(["Today's deal: free shipping on all orders 🥳"])
    expect(page.upcoming).toEqual(['Flash sale: offer deal-announced'])
    expect(page.empty).toBe(false)
  })

  it('shows the end in the shopper time zone after hydration, with no hydration error', async () => {
    const endsAt = Date.parse('2031-01-15T12:00:00Z')
    await publishAndWait(stack.lake, 'deal-ends', () =>
      stack.lake.api.mutate([deal('deal-ends', { endsAt: iso(endsAt) })]),
    )
    const context = await browser.newContext({ timezoneId: 'Asia/Tokyo', locale: 'en-US' })
    const page = await context.newPage()
    const errors: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text())
    })
    page.on('pageerror', (error) => errors.push(error.message))
    await page.goto(`${stack.web.url}/deals`)
    const time = page.locator(`time[datetime="${iso(endsAt)}"]`)
    await time.and(page.locator('[data-localised]')).waitFor()
    // 12:00 UTC is 9 PM in Tokyo (UTC+9).
    await expect(time.innerText()).resolves.toMatch(/January 15, 2031.*9:00\s?PM.*GMT\+9/)
    await context.close()
    await publishAndWait(stack.lake, 'deal-ends', () =>
      stack.lake.api.mutate([{ delete: { id: 'deal-ends' } }]),
    )
    expect(errors).toEqual([])
  })

  it('drops a deal at its end with no publish, and the banner links here', async () => {
    const endsAt = Date.now() + 12_000
    await publishAndWait(stack.lake, 'deal-window', () =>
      stack.lake.api.mutate([deal('deal-window', { priority: 900, endsAt: iso(endsAt) })]),
    )
    expect((await dealsPage()).live).toContain('Flash sale: offer deal-window')
    const home = parseDocument(await (await fetch(`${stack.web.url}/`)).text(), 'text/html')
    expect(home.querySelector('#deal-banner a')?.getAttribute('href')).toBe('/deals')
    const deliveries = () =>
      stack.lake.service.lines.filter((line) => line.includes('webhook "storefront"')).length
    const before = deliveries()
    await until(endsAt + 500)
    expect((await dealsPage()).live).not.toContain('Flash sale: offer deal-window')
    expect(deliveries()).toBe(before)
  })

  it('says clearly that there are no deals when none is live or announced', async () => {
    await publishAndWait(stack.lake, 'deal-free-shipping', () =>
      stack.lake.api.mutate([
        { delete: { id: 'deal-announced' } },
        { delete: { id: 'deal-unannounced' } },
        { delete: { id: 'deal-window' } },
        { patch: { id: 'deal-free-shipping', set: { enabled: false } } },
      ]),
    )
    expect(await dealsPage()).toEqual({ live: [], upcoming: [], empty: true })
  })
})
