import { afterAll, beforeAll, expect, it } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'
import { launchChromium } from '../support/browser'
import { startTestLake, type StudioLake } from '../support/lake'
import { STUDIO_DIST } from '../support/paths'
import { screenshot, screenshotOnFailure } from './support/artifacts'
import { studioPage } from './support/studio-stack'

const ARTICLE_ID = 'article-lower-back-pain-after-exercise'
const RELEASE_ID = 'rActivity'
const NEW_TITLE = 'Lower Back Pain: Scheduled Edition'

let lake: StudioLake
let browser: Browser
let page: Page

// Only the lake and its Studio: the storefront plays no part in what the Studio's history shows.
beforeAll(async () => {
  lake = await startTestLake({ studioDir: STUDIO_DIST })
  browser = await launchChromium({ extraArgs: ['--ignore-certificate-errors'] })
  page = await studioPage(browser)
}, 300_000)

afterAll(async () => {
  await browser?.close()
  await lake?.close()
})

/** Resolves once the release is published; a bounded poll of the lake's API. */
async function releasePublished(ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms
  while (Date.now() < deadline) {
    const state = await lake.api.query(
      '*[_id == $id][0].state',
      { id: `_.releases.${RELEASE_ID}` },
      'raw',
    )
    if (state === 'published') return
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`release ${RELEASE_ID} was not published within ${ms} ms`)
}

it('the history panel of an article published by a scheduled release lists the events the lake recorded', async () => {
  const article = await lake.api.query<Record<string, unknown>>(
    '*[_id == $id][0]',
    { id: ARTICLE_ID },
    'raw',
  )
  await lake.api.action([
    {
      actionType: 'sanity.action.release.create',
      releaseId: RELEASE_ID,
      metadata: { title: 'Activity check', releaseType: 'asap' },
    },
  ])
  await lake.api.action([
    {
      actionType: 'sanity.action.document.version.create',
      publishedId: ARTICLE_ID,
      document: { ...article, _id: `versions.${RELEASE_ID}.${ARTICLE_ID}`, title: NEW_TITLE },
    },
  ])
  const publishAt = new Date(Date.now() + 2000).toISOString()
  await lake.api.action([
    { actionType: 'sanity.action.release.schedule', releaseId: RELEASE_ID, publishAt },
  ])
  await releasePublished()

  await screenshotOnFailure(page, 'release-activity-history', async () => {
    // The Studio asks for the events of the variant it shows (the draft's id here), by its group.
    const answered = page.waitForResponse(
      (response) =>
        response.url().includes('/data/history/production/events/documents/') &&
        response.url().includes(ARTICLE_ID),
    )
    const params = `id=${ARTICLE_ID};type=article;inspect=sanity%2Fstructure%2Fhistory`
    await page.goto(`${lake.studioUrl}/intent/edit/${params}`)
    const response = await answered
    expect(response.status()).toBe(200)
    const body = (await response.json()) as { events: Record<string, { type: string }[]> }
    expect(Object.values(body.events)[0]?.map((event) => event.type)).toEqual([
      'publishDocumentVersion',
      'scheduleDocumentVersion',
      'createDocumentVersion',
    ])
    // The Studio labels both the scheduler's publish and the schedule "Published" (their icons differ).
    const published = page.getByTestId('timeline-item-button').filter({ hasText: 'Published' })
    await published.nth(1).waitFor()
    await screenshot(page, 'release-activity-history')
  })
}, 300_000)

it("the release's activity panel reads the lake's events API and lists the schedule and the scheduler's publish", async () => {
  await screenshotOnFailure(page, 'release-activity-panel', async () => {
    // The Studio config turns on `beta.eventsAPI.releases`, so the panel asks the events API.
    const answered = page.waitForResponse((response) =>
      response.url().includes(`/data/history/production/events/releases/${RELEASE_ID}`),
    )
    await page.goto(`${lake.studioUrl}/releases/${RELEASE_ID}`)
    await page.getByRole('button', { name: 'Activity' }).click()
    const response = await answered
    expect(response.status()).toBe(200)
    const body = (await response.json()) as { events: { type: string }[] }
    const types = body.events.map((event) => event.type)
    expect(types).toEqual(expect.arrayContaining(['createRelease', 'scheduleRelease']))
    expect(types).toContain('publishRelease')
    await screenshot(page, 'release-activity-panel')
  })
}, 300_000)
