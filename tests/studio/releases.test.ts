import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Page } from 'playwright-core'
import { screenshot, screenshotOnFailure } from './support/artifacts'
import { openStudio } from './support/desk'
import {
  addDocumentToRelease,
  createTimedRelease,
  scheduleOpenRelease,
  wholeMinuteAhead,
} from './support/releases'
import { firstResponseContaining, loadPage } from './support/storefront-pages'
import { startStudioStack, type StudioStack } from './support/studio-stack'

const ARTICLE_ID = 'article-lower-back-pain-after-exercise'
const ARTICLE_PATH = '/blog/how-to-prevent-lower-back-pain-after-exercise'
const OLD_TITLE = 'How to Prevent Lower Back Pain After Exercise'
const NEW_TITLE = 'Prevent Lower Back Pain: The Spring Edition'

let stack: StudioStack
let studio: Page
let shop: Page

beforeAll(async () => {
  stack = await startStudioStack()
  studio = await stack.newPage()
  shop = await stack.newPage()
  await openStudio(studio, stack.lake.studioUrl)
}, 900_000)

afterAll(async () => {
  await stack?.close()
})

/** Resolves once `query` (raw perspective) answers `expected`; a bounded poll of the lake's API. */
async function lakeHas(
  query: string,
  params: Record<string, unknown>,
  expected: unknown,
  ms = 30_000,
): Promise<void> {
  const deadline = Date.now() + ms
  let seen: unknown
  while (Date.now() < deadline) {
    seen = await stack.lake.api.query(query, params, 'raw')
    if (seen === expected) return
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`${query} answers ${JSON.stringify(seen)}, not ${JSON.stringify(expected)}`)
}

async function releaseState(
  releaseId: string,
): Promise<{ state: string | null; publishAt: string | null }> {
  return stack.lake.api.query(
    '*[_id == $id][0]{state, publishAt}',
    { id: `_.releases.${releaseId}` },
    'raw',
  )
}

/** Fails if any storefront response before `until` shows `text` (requests back to back). */
async function neverServedBefore(url: string, text: string, end: number): Promise<number> {
  let checks = 0
  while (Date.now() < end) {
    const html = await (await fetch(url)).text()
    if (html.includes(text)) throw new Error(`${url} served ${JSON.stringify(text)} early`)
    checks++
  }
  return checks
}

describe('an editor schedules a release in the Studio', () => {
  it('publishes the changed article at its time: the storefront shows the new title after, not before', async () => {
    const articleUrl = `${stack.web.url}${ARTICLE_PATH}`
    let releaseId = ''
    let publishAt = 0
    await screenshotOnFailure(studio, 'releases-schedule', async () => {
      releaseId = await createTimedRelease(
        studio,
        stack.lake.studioUrl,
        'Spring refresh',
        wholeMinuteAhead(120_000),
      )
      await addDocumentToRelease(studio, 'Lower back', /How to Prevent Lower Back Pain/)
      await studio.getByTestId('document-table-card').getByText(OLD_TITLE).click()
      await studio.locator('#title').fill(NEW_TITLE)
      const versionId = `versions.${releaseId}.${ARTICLE_ID}`
      await lakeHas('*[_id == $id][0].title', { id: versionId }, NEW_TITLE)
      await screenshot(studio, 'releases-schedule-1-version')

      await studio.goto(`${stack.lake.studioUrl}/releases/${releaseId}`)
      publishAt = wholeMinuteAhead(50_000)
      await scheduleOpenRelease(studio, publishAt)
      expect(await releaseState(releaseId)).toEqual({
        state: 'scheduled',
        publishAt: new Date(publishAt).toISOString(),
      })
      await studio.goto(`${stack.lake.studioUrl}/releases`)
      await studio
        .locator('tr', { hasText: 'Spring refresh' })
        .filter({ hasText: 'Scheduled' })
        .waitFor()
      await screenshot(studio, 'releases-schedule-2-listed')
    })
    // Otherwise the steps took so long that "before the time" means nothing.
    expect(Date.now()).toBeLessThan(publishAt - 5000)

    await loadPage(shop, articleUrl)
    await expect(shop.locator('h1').innerText()).resolves.toBe(OLD_TITLE)
    const checks = await neverServedBefore(articleUrl, NEW_TITLE, publishAt - 500)
    const servedAt = await firstResponseContaining(articleUrl, NEW_TITLE, publishAt + 60_000)
    expect(servedAt).toBeGreaterThanOrEqual(publishAt)
    console.log(
      `release published at ${new Date(publishAt).toISOString()}; storefront served it ${servedAt - publishAt} ms later (${checks} earlier responses without it)`,
    )
    await loadPage(shop, articleUrl)
    await expect(shop.locator('h1').innerText()).resolves.toBe(NEW_TITLE)
    await screenshot(shop, 'releases-schedule-3-storefront')

    await screenshotOnFailure(studio, 'releases-published', async () => {
      expect((await releaseState(releaseId)).state).toBe('published')
      await studio.goto(`${stack.lake.studioUrl}/releases/${releaseId}`)
      await studio.getByTestId('published-release-type-label').waitFor()
      // The published release lists its document as history recorded it.
      await studio.getByTestId('document-table-card').getByText(NEW_TITLE).waitFor()
      await screenshot(studio, 'releases-schedule-4-published')
    })
  }, 600_000)

  it('unschedules a scheduled release and archives it, which removes its versions', async () => {
    await screenshotOnFailure(studio, 'releases-archive', async () => {
      const releaseId = await createTimedRelease(
        studio,
        stack.lake.studioUrl,
        'Summer sale',
        wholeMinuteAhead(3_600_000),
      )
      await addDocumentToRelease(studio, 'free shipping', /free shipping/)
      const versionId = `versions.${releaseId}.deal-free-shipping`
      await scheduleOpenRelease(studio, wholeMinuteAhead(3_600_000))
      expect((await releaseState(releaseId)).state).toBe('scheduled')

      await studio.getByRole('button', { name: 'Unschedule release' }).click()
      await studio.getByRole('dialog').getByRole('button', { name: 'Unschedule release' }).click()
      await studio.getByRole('button', { name: 'Schedule release...' }).waitFor()
      expect(await releaseState(releaseId)).toEqual({ state: 'active', publishAt: null })
      expect(await stack.lake.api.query('count(*[_id == $id])', { id: versionId }, 'raw')).toBe(1)

      await studio.getByTestId('release-menu-button').click()
      await studio.getByTestId('archive-release-menu-item').click()
      await studio.getByRole('dialog').getByRole('button', { name: 'Yes, archive release' }).click()
      await lakeHas('*[_id == $id][0].state', { id: `_.releases.${releaseId}` }, 'archived')
      expect(await stack.lake.api.query('count(*[_id == $id])', { id: versionId }, 'raw')).toBe(0)
      await screenshot(studio, 'releases-archive-1-archived')
    })
  }, 300_000)
})
