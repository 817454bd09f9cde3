import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { FrameLocator, Page } from 'playwright-core'
import { parseDocument } from '../support/documents'
import { screenshot, screenshotOnFailure } from './support/artifacts'
import { createFromList, openPane, openStudio, publish } from './support/desk'
import { openPresentation } from './support/presentation'
import { startPresentationStack, type PresentationStack } from './support/presentation-stack'
import { studioPage } from './support/studio-stack'

const ARTICLE = '/blog/how-to-prevent-lower-back-pain-after-exercise'
const ARTICLE_DOC = { type: 'article', id: 'article-lower-back-pain-after-exercise' }
const TODAY_BANNER = 'Today only: 10% off yoga mats'
const TOMORROW_BANNER = 'Tomorrow: free returns on everything'
const HOUR = 60 * 60 * 1000
const DAY = 24 * HOUR
/** Midnight UTC (the pages' time zone) starting tomorrow. */
const tomorrow = Math.floor(Date.now() / DAY) * DAY + DAY

/** `YYYY-MM-DD HH:mm` in UTC: what the Studio's date-time input takes. */
const studioDateTime = (at: number) => new Date(at).toISOString().slice(0, 16).replace('T', ' ')

let stack: PresentationStack
let studio: Page

beforeAll(async () => {
  stack = await startPresentationStack()
  studio = await studioPage(stack.browser)
}, 240_000)

afterAll(async () => {
  await stack?.close()
})

/** Creates and publishes a deal in the Studio, as marketing would. */
async function createDeal(fields: {
  label: string
  message: string
  startsAt?: number
  endsAt?: number
  priority: number
}): Promise<void> {
  // From the desk's root each time: an open document pane collapses the lists to its left.
  await openStudio(studio, stack.lake.studioUrl)
  await openPane(studio, 'Deals', 'All deals')
  await createFromList(studio, 'Deal')
  await studio.locator('#label').fill(fields.label)
  await studio.locator('#message').fill(fields.message)
  if (fields.startsAt) await studio.locator('#startsAt').fill(studioDateTime(fields.startsAt))
  if (fields.endsAt) await studio.locator('#endsAt').fill(studioDateTime(fields.endsAt))
  await studio.locator('#priority').fill(String(fields.priority))
  await publish(studio)
}

/** The banner text a shopper without cookies gets for the article. */
async function shopperBanner(): Promise<string | null> {
  const html = await (await fetch(`${stack.web.url}${ARTICLE}`)).text()
  return parseDocument(html, 'text/html').querySelector('#deal-banner p')?.textContent ?? null
}

const previewBanner = (preview: FrameLocator) => preview.locator('#deal-banner p')

describe('"see it on the day" in Presentation', () => {
  it("shows tomorrow's deal at tomorrow 09:00 in the preview, while shoppers see today's", async () => {
    await screenshotOnFailure(studio, 'preview-day', async () => {
      // Live now until tomorrow 08:00, and one starting tomorrow that outranks it.
      await createDeal({
        label: 'Today only',
        message: '10% off yoga mats',
        endsAt: tomorrow + 8 * HOUR,
        priority: 10,
      })
      await createDeal({
        label: 'Tomorrow',
        message: 'free returns on everything',
        startsAt: tomorrow,
        endsAt: tomorrow + DAY,
        priority: 20,
      })
      await expect(shopperBanner()).resolves.toBe(TODAY_BANNER)

      const articleUrl = `${stack.web.url}${ARTICLE}`
      const preview = await openPresentation(studio, stack.lake.studioUrl, ARTICLE_DOC, articleUrl)
      await previewBanner(preview).filter({ hasText: TODAY_BANNER }).waitFor()

      // The page's zone is UTC, so the input's local time is UTC too.
      const at = new Date(tomorrow + 9 * HOUR).toISOString().slice(0, 16)
      await preview.getByLabel('View the site at').fill(at)
      await preview.getByRole('button', { name: 'View', exact: true }).click()
      await previewBanner(preview).filter({ hasText: TOMORROW_BANNER }).waitFor()
      await preview.getByText(/Viewing the site at .*9:00/).waitFor()
      await screenshot(studio, 'preview-day-1-tomorrow')

      // Only the previewing browser moved: a fresh shopper request still gets today's deal.
      await expect(shopperBanner()).resolves.toBe(TODAY_BANNER)

      await preview.getByRole('button', { name: 'Now', exact: true }).click()
      await previewBanner(preview).filter({ hasText: TODAY_BANNER }).waitFor()
      await expect(preview.getByText(/Viewing the site at/).count()).resolves.toBe(0)
    })
  }, 300_000)
})
