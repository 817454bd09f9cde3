import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Page } from 'playwright-core'
import { screenshot, screenshotOnFailure } from './support/artifacts'
import { createFromList, openPane, openStudio, pickReference, publish } from './support/desk'
import { startStudioStack, type StudioStack } from './support/studio-stack'
import { loadPage, serveSiteFrom } from './support/storefront-pages'

const TITLE = 'Five Stretches for Desk Workers'
const SLUG = 'five-stretches-for-desk-workers'
const EXCERPT = 'Five short stretches that undo a day at the desk, with no equipment needed.'
const HEADING = 'Warm up first'
const LIST = ['Roll your shoulders back', 'Breathe out slowly']

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

/** Body: an h2, then a bulleted list, typed with the editor's Markdown shortcuts ("## ", "- "). */
async function typeBody(page: Page): Promise<void> {
  const editor = page.locator('.pt-editable')
  await editor.click()
  await page.keyboard.type(`## ${HEADING}\n- ${LIST.join('\n')}`)
  await editor
    .locator('.pt-list-item-bullet')
    .nth(LIST.length - 1)
    .waitFor()
  await editor.getByTestId('text-style--h2').first().waitFor()
}

async function writeArticle(page: Page): Promise<void> {
  await openPane(page, 'Articles', 'All articles')
  await createFromList(page, 'Article')
  // "All fields" keeps every input mounted: switching groups would unmount the body editor
  // before it has handed its last keystrokes to the form.
  await page.getByTestId('group-tab-all-fields').click()
  await page.locator('#title').fill(TITLE)
  await page.getByRole('button', { name: 'Generate' }).click()
  await page.locator('#excerpt').fill(EXCERPT)
  await typeBody(page)
  await pickReference(page, page.locator('#author'), 'Maya', /Maya Ortiz/)
  await page.getByRole('button', { name: 'Add item' }).click()
  await pickReference(
    page,
    page.locator('[id^="categories["][data-testid="autocomplete"]'),
    'Back',
    /Back health/,
  )
}

/** Clicks the open article's "Open on site" and resolves with the tab it opens, once loaded. */
async function openOnSite(page: Page): Promise<Page> {
  await serveSiteFrom(page.context(), stack.lake.studioUrl, stack.web.url)
  const opened = page.context().waitForEvent('page')
  await page.getByTestId('action-menu-button').click()
  // Enabled once the Studio has the published slug.
  await page.getByRole('menuitem', { name: 'Open on site', disabled: false }).click()
  const site = await opened
  await site.waitForLoadState()
  return site
}

describe('an editor publishes an article in the Studio', () => {
  it('shows it on the storefront home and at its URL, where "Open on site" leads', async () => {
    await loadPage(shop, `${stack.web.url}/`) // warm the cached home page: the publish must expire it
    await expect(shop.locator('main article h2').allInnerTexts()).resolves.not.toContain(TITLE)

    await screenshotOnFailure(studio, 'article-publish', async () => {
      await writeArticle(studio)
      await expect(studio.locator('#slug').inputValue()).resolves.toBe(SLUG)
      await screenshot(studio, 'article-publish-1-filled')
      const from = stack.lake.service.lines.length
      await publish(studio)
      await screenshot(studio, 'article-publish-2-published')
      const [id] = await stack.lake.api.query<string[]>(
        '*[_type == "article" && slug.current == $slug]._id',
        { slug: SLUG },
      )
      expect(id).toMatch(/^[\w-]+$/)
      await stack.lake.service.waitForLine(
        new RegExp(`webhook "storefront" \\w+ ${id}: attempt \\d+ -> 200\\b`),
        { from, timeoutMs: 15_000 },
      )
    })

    await loadPage(shop, `${stack.web.url}/`)
    await expect(shop.locator('main article h2').allInnerTexts()).resolves.toContain(TITLE)
    await expect(shop.getByRole('link', { name: TITLE }).getAttribute('href')).resolves.toBe(
      `/blog/${SLUG}`,
    )
    await screenshot(shop, 'article-publish-3-home', { fullPage: true })

    await loadPage(shop, `${stack.web.url}/blog/${SLUG}`)
    await expect(shop.locator('h1').innerText()).resolves.toBe(TITLE)
    await expect(shop.locator('[data-article-body] h2').allInnerTexts()).resolves.toEqual([HEADING])
    await expect(shop.locator('[data-article-body] ul > li').allInnerTexts()).resolves.toEqual(LIST)
    await expect(shop.getByText('Maya Ortiz').first().isVisible()).resolves.toBe(true)
    await expect(shop.locator('a[href="/category/back-health"]').first().innerText()).resolves.toBe(
      'Back health',
    )
    await screenshot(shop, 'article-publish-4-article', { fullPage: true })

    // The published article's "Open on site" opens a tab at its storefront URL.
    await screenshotOnFailure(studio, 'article-open-on-site', async () => {
      const site = await openOnSite(studio)
      expect(new URL(site.url()).pathname).toBe(`/blog/${SLUG}`)
      await expect(site.locator('h1').innerText()).resolves.toBe(TITLE)
      await screenshot(site, 'article-publish-5-open-on-site')
      await site.close()
    })
  })
})
