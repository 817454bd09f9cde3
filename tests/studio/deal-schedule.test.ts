import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Page } from 'playwright-core'
import { bannerText, until } from '../support/pages'
import { screenshot, screenshotOnFailure } from './support/artifacts'
import { createFromList, openPane, openStudio, publish } from './support/desk'
import { startStudioStack, type StudioStack } from './support/studio-stack'
import { loadPage } from './support/storefront-pages'

const DEAL = /^Flash sale: 20% off running shoes/
const FLASH_BANNER = 'Flash sale: 20% off running shoes'
/** The Studio re-sorts deals just after each deal's start or end (`clock`); allow some slack. */
const MOVE_SLACK_MS = 10_000

let stack: StudioStack
let studio: Page
let shop: Page

beforeAll(async () => {
  stack = await startStudioStack()
  studio = await stack.newPage()
  shop = await stack.newPage()
  await openStudio(studio, stack.lake.studioUrl)
}, 240_000)

afterAll(async () => {
  await stack?.close()
})

/** `YYYY-MM-DD HH:mm` in UTC (the page's time zone): what the Studio's date-time input takes. */
function dateTimeInput(at: number): string {
  return new Date(at).toISOString().slice(0, 16).replace('T', ' ')
}

/** The first whole minute at least 40 s away: the input has minute precision. */
function startTimeAhead(): number {
  return Math.ceil((Date.now() + 40_000) / 60_000) * 60_000
}

/** Creates and publishes a deal that starts at `startsAt`, with priority over the seed deal. */
async function scheduleDeal(page: Page, startsAt: number): Promise<void> {
  await openPane(page, 'Deals', 'All deals')
  await createFromList(page, 'Deal')
  await page.locator('#label').fill('Flash sale')
  await page.locator('#message').fill('20% off running shoes')
  await page.locator('#startsAt').fill(dateTimeInput(startsAt))
  await page.locator('#priority').fill('10')
  await publish(page)
}

describe('marketing schedules a deal in the Studio', () => {
  it('lists it under Scheduled, then under Live now once it starts, with no one editing it', async () => {
    const dealLink = studio.getByRole('link', { name: DEAL })
    const startsAt = startTimeAhead()
    await screenshotOnFailure(studio, 'deal-schedule', async () => {
      await scheduleDeal(studio, startsAt)
      expect(Date.now()).toBeLessThan(startsAt) // otherwise the test took too long to mean anything
      await openPane(studio, 'Scheduled')
      await dealLink.waitFor()
      await screenshot(studio, 'deal-schedule-1-scheduled')

      // Still scheduled just before its start...
      await until(startsAt - 1000)
      await expect(dealLink.isVisible()).resolves.toBe(true)
      // ...and gone from Scheduled once the Studio's clock passes it.
      await dealLink.waitFor({ state: 'detached', timeout: startsAt - Date.now() + MOVE_SLACK_MS })
      expect(Date.now()).toBeGreaterThanOrEqual(startsAt)
      await openPane(studio, 'Live now')
      await dealLink.waitFor()
      await screenshot(studio, 'deal-schedule-2-live')
    })

    await loadPage(shop, `${stack.web.url}/`)
    await expect(bannerText(shop)).resolves.toBe(FLASH_BANNER)
    await screenshot(shop, 'deal-schedule-3-storefront')
  }, 300_000)
})
