import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Locator, Page } from 'playwright-core'
import { publishAndWait } from '../support/webhooks'
import { screenshot, screenshotOnFailure } from './support/artifacts'
import { openPane, openStudio } from './support/desk'
import { offlinePage } from './support/studio-browser'
import { startStudioStack, type StudioStack } from './support/studio-stack'
import { loadPage } from './support/storefront-pages'

const ARTICLE_ID = 'article-cool-down-routine'
const COMMENT = {
  _id: 'comment-studio-e2e',
  _type: 'comment',
  article: { _type: 'reference', _ref: ARTICLE_ID },
  authorName: 'Robin',
  authorEmail: 'robin@example.com',
  body: 'Does the breathing minute work after swimming too?',
  status: 'pending',
  submittedAt: new Date().toISOString(),
}

let stack: StudioStack
let studio: Page
let shop: Page
let articleUrl: string

beforeAll(async () => {
  stack = await startStudioStack()
  studio = await offlinePage(stack.browser)
  shop = await offlinePage(stack.browser)
  // A reader's comment, as the storefront's comment action stores it: published, pending.
  await publishAndWait(stack.lake, COMMENT._id, () =>
    stack.lake.api.mutate([{ createOrReplace: COMMENT }]),
  )
  const [slug] = await stack.lake.api.query<string[]>('*[_id == $id].slug.current', {
    id: ARTICLE_ID,
  })
  articleUrl = `${stack.web.url}/blog/${slug ?? ''}`
  await openStudio(studio, stack.lake.studioUrl)
}, 240_000)

afterAll(async () => {
  await stack?.close()
})

/** The inbox item "Pending (N)": N once the Studio has counted. */
async function pendingCount(page: Page): Promise<number> {
  const item = page.getByRole('link', { name: /^Pending \(\d+\)/ })
  const text = await item.innerText()
  return Number(/\((\d+)\)/.exec(text)?.[1])
}

function readerComment(page: Page): Locator {
  return page.getByRole('article', { name: `Comment by ${COMMENT.authorName}` })
}

describe('a moderator approves a pending comment in the Studio', () => {
  it('shows it under its article on the storefront, and the pending count drops by one', async () => {
    await loadPage(shop, articleUrl) // cached without the comment: approving must expire it
    await expect(readerComment(shop).count()).resolves.toBe(0)

    await screenshotOnFailure(studio, 'comment-moderation', async () => {
      await openPane(studio, 'Comments')
      const before = await pendingCount(studio)
      expect(before).toBeGreaterThanOrEqual(1)
      await studio.getByRole('link', { name: /^Pending \(\d+\)/ }).click()
      await studio
        .getByRole('link', {
          name: new RegExp(`^${COMMENT.authorName}: ${COMMENT.body.slice(0, 20)}`),
        })
        .click()
      const approve = studio.locator('button:enabled', { hasText: /^Approve$/ })
      await approve.waitFor()
      await screenshot(studio, 'comment-moderation-1-pending')
      await publishAndWait(stack.lake, COMMENT._id, () => approve.click())
      await studio.getByRole('link', { name: `Pending (${before - 1})` }).waitFor()
      await screenshot(studio, 'comment-moderation-2-approved')
    })

    await loadPage(shop, articleUrl)
    await expect(readerComment(shop).innerText()).resolves.toContain(COMMENT.body)
    await screenshot(shop, 'comment-moderation-3-storefront', { fullPage: true })
  })
})
