import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Frame, Page } from 'playwright-core'
import { screenshot, screenshotOnFailure } from './support/artifacts'
import { openStudio } from './support/desk'
import { lakeAnswers } from './support/lake-wait'
import { openPresentation, previewConnected, shopperView } from './support/presentation'
import { startPresentationStack, type PresentationStack } from './support/presentation-stack'
import {
  addDocumentToRelease,
  createTimedRelease,
  scheduleOpenRelease,
  wholeMinuteAhead,
} from './support/releases'
import { studioPage } from './support/studio-stack'

const ARTICLE = '/blog/how-to-prevent-lower-back-pain-after-exercise'
const ARTICLE_DOC = { type: 'article', id: 'article-lower-back-pain-after-exercise' }
const DEAL_ID = 'deal-free-shipping'
const PUBLISHED_TITLE = 'How to Prevent Lower Back Pain After Exercise'
const PUBLISHED_BANNER = 'free shipping on all orders'
const RELEASE_TITLE = 'Back Pain After Exercise: The Autumn Edition'
const RELEASE_BANNER = 'two for one on foam rollers'
const RELEASE_NAME = 'Autumn preview'

let stack: PresentationStack
let studio: Page

beforeAll(async () => {
  stack = await startPresentationStack()
  studio = await studioPage(stack.browser)
  await openStudio(studio, stack.lake.studioUrl)
}, 240_000)

afterAll(async () => {
  await stack?.close()
})

/** Creates the release with the seed article retitled and the deal's message changed; its id. */
async function prepareRelease(): Promise<string> {
  const releaseId = await createTimedRelease(
    studio,
    stack.lake.studioUrl,
    RELEASE_NAME,
    wholeMinuteAhead(3_600_000),
  )
  const releasePage = studio.url()
  await addDocumentToRelease(studio, 'Lower back', /How to Prevent Lower Back Pain/)
  await studio.getByTestId('document-table-card').getByText(PUBLISHED_TITLE).click()
  await studio.locator('#title').fill(RELEASE_TITLE)
  const version = (id: string) => ({ id: `versions.${releaseId}.${id}` })
  await lakeAnswers(
    stack.lake.api,
    '*[_id == $id][0].title',
    version(ARTICLE_DOC.id),
    RELEASE_TITLE,
  )

  await studio.goto(releasePage)
  await addDocumentToRelease(studio, 'free shipping', /free shipping/)
  await studio
    .getByTestId('document-table-card')
    .getByText(/free shipping/)
    .first()
    .click()
  await studio.locator('#message').fill(RELEASE_BANNER)
  await lakeAnswers(stack.lake.api, '*[_id == $id][0].message', version(DEAL_ID), RELEASE_BANNER)
  return releaseId
}

/** Picks the release in the Studio's global perspective menu (Presentation stays open). */
async function pickReleasePerspective(): Promise<void> {
  await studio.getByTestId('global-perspective-menu-button').click()
  await studio.getByRole('menuitem', { name: new RegExp(RELEASE_NAME) }).click()
}

/** The storefront page inside Presentation's iframe. */
function previewFrame(): Frame {
  const frame = studio.frames().find((candidate) => candidate.url().startsWith(stack.web.url))
  if (!frame) throw new Error('Presentation shows no storefront page')
  return frame
}

type Marked = { previewNotReloaded?: boolean }

async function expectPublishedForShoppers(url: string): Promise<void> {
  await expect(shopperView(url)).resolves.toEqual({ title: PUBLISHED_TITLE, cache: 'HIT' })
  const html = await (await fetch(url)).text()
  expect(html).toContain(PUBLISHED_BANNER)
  expect(html).not.toContain(RELEASE_BANNER)
}

describe('previewing a release in Presentation', () => {
  it("shows the release's article and deal once the editor picks the release, never to shoppers, then schedules it", async () => {
    const articleUrl = `${stack.web.url}${ARTICLE}`
    await shopperView(articleUrl) // the shopper's page is rendered and cached from here on
    let releaseId = ''
    await screenshotOnFailure(studio, 'release-preview', async () => {
      releaseId = await prepareRelease()
      // Opened without a perspective: the preview starts on drafts, where nothing changed.
      const preview = await openPresentation(studio, stack.lake.studioUrl, ARTICLE_DOC, articleUrl)
      await expect(preview.locator('h1').innerText()).resolves.toBe(PUBLISHED_TITLE)
      await preview.getByText(PUBLISHED_BANNER).first().waitFor()
      await previewConnected(preview)
      await screenshot(studio, 'release-preview-1-drafts')

      // Over comlink: the preview stores the perspective in its cookie and renders again in
      // place (no reload of the iframe, which would lose the editor's scroll and overlays).
      await previewFrame().evaluate(() => {
        ;(window as Marked).previewNotReloaded = true
      })
      await pickReleasePerspective()
      await preview.locator('h1', { hasText: RELEASE_TITLE }).waitFor({ timeout: 60_000 })
      await preview.getByText(RELEASE_BANNER).first().waitFor()
      await preview.getByText(`Release: ${releaseId}`).waitFor()
      await expect(
        previewFrame().evaluate(() => (window as Marked).previewNotReloaded),
      ).resolves.toBe(true)
      await screenshot(studio, 'release-preview-2-release')
    })
    await expectPublishedForShoppers(articleUrl)

    await screenshotOnFailure(studio, 'release-preview-schedule', async () => {
      await studio.goto(`${stack.lake.studioUrl}/releases/${releaseId}`)
      const publishAt = wholeMinuteAhead(3_600_000)
      await scheduleOpenRelease(studio, publishAt)
      await expect(
        stack.lake.api.query(
          '*[_id == $id][0]{state, publishAt}',
          { id: `_.releases.${releaseId}` },
          'raw',
        ),
      ).resolves.toEqual({ state: 'scheduled', publishAt: new Date(publishAt).toISOString() })
      await studio.goto(`${stack.lake.studioUrl}/releases`)
      await studio
        .locator('tr', { hasText: RELEASE_NAME })
        .filter({ hasText: 'Scheduled' })
        .waitFor()
      await screenshot(studio, 'release-preview-3-scheduled')
    })
    await expectPublishedForShoppers(articleUrl)
  }, 600_000)
})
