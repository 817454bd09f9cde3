import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Locator, Page } from 'playwright-core'
import { publishAndWait } from '../support/webhooks'
import { screenshot, screenshotOnFailure } from './support/artifacts'
import { openPane, openStudio } from './support/desk'
import { startStudioStack, type StudioStack } from './support/studio-stack'
import { loadPage } from './support/storefront-pages'

const ARTICLE_ID = 'article-cool-down-routine'

/** A reader's comment, as the storefront's comment action stores it: published, pending, private id. */
function pendingComment(id: string, authorName: string, body: string) {
  return {
    _id: id,
    _type: 'comment',
    article: { _type: 'reference', _ref: ARTICLE_ID },
    authorName,
    body,
    status: 'pending',
    submittedAt: new Date().toISOString(),
  }
}

type Comment = ReturnType<typeof pendingComment>

const COMMENT = {
  ...pendingComment(
    'comments.studio-e2e',
    'Robin',
    'Does the breathing minute work after swimming too?',
  ),
  authorEmail: 'robin@example.com',
}
const OFF_TOPIC = pendingComment(
  'comments.studio-e2e-off-topic',
  'Casey',
  'Unrelated, but does anyone know a good bike shop in town?',
)
const SPAM = pendingComment(
  'comments.studio-e2e-spam',
  'Cheap Pills Online',
  'Best prices on supplements, visit our shop today!!!',
)
/** A seed comment already approved on the article: the storefront shows it. */
const APPROVED_AUTHOR = 'Lena'

let stack: StudioStack
let studio: Page
let shop: Page
let articleUrl: string

beforeAll(async () => {
  stack = await startStudioStack()
  studio = await stack.newPage()
  shop = await stack.newPage()
  // Pending comments are invisible to readers, so the lake sends the storefront no webhook for them.
  await stack.lake.api.mutate(
    [COMMENT, OFF_TOPIC, SPAM].map((comment) => ({ createOrReplace: comment })),
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

/** A comment as the storefront shows it under its article. */
function readerComment(page: Page, authorName = COMMENT.authorName): Locator {
  return page.getByRole('article', { name: `Comment by ${authorName}` })
}

/** A comment in an inbox list: its item is named "<author>: <body>…". */
function inboxItem(page: Page, comment: Comment): Locator {
  return page.getByRole('link', {
    name: new RegExp(`^${comment.authorName}: ${comment.body.slice(0, 20)}`),
  })
}

/** Opens a pending comment from the inbox and takes `decision` from the action menu. */
async function moderateFromMenu(
  page: Page,
  comment: Comment,
  decision: 'Reject' | 'Mark as spam',
): Promise<void> {
  await page.getByRole('link', { name: /^Pending \(\d+\)/ }).click()
  await inboxItem(page, comment).click()
  await page.getByTestId('action-menu-button').click()
  // Disabled while the Studio loads the comment's permissions and validation.
  // A pending comment was never shown: deciding on it sends the storefront no webhook.
  await page.getByRole('menuitem', { name: decision, disabled: false }).click()
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
      await inboxItem(studio, COMMENT).click()
      const approve = studio.locator('button:enabled', { hasText: /^Approve$/ })
      await approve.waitFor()
      await screenshot(studio, 'comment-moderation-1-pending')
      await publishAndWait(stack.lake, COMMENT._id, () => approve.click())
      await studio.getByRole('link', { name: `Pending (${before - 1})` }).waitFor()
      await screenshot(studio, 'comment-moderation-2-approved')
    })

    // The Studio edited the private comment through its draft (`drafts.comments.<key>`) and
    // published it back to the same private id: no draft is left and nothing went to a root path.
    const stored = await stack.lake.api.query<{ _id: string; status: string }[]>(
      '*[_id in [$id, "drafts." + $id] || (_type == "comment" && _id in path("*"))]{_id, status}',
      { id: COMMENT._id },
      'raw',
    )
    expect(stored).toEqual([{ _id: COMMENT._id, status: 'approved' }])

    await loadPage(shop, articleUrl)
    await expect(readerComment(shop).innerText()).resolves.toContain(COMMENT.body)
    await screenshot(shop, 'comment-moderation-3-storefront', { fullPage: true })
  })
})

describe('a moderator rejects one pending comment and marks another as spam', () => {
  it('moves them to Rejected and Spam with the time of the decision, and the storefront never shows them', async () => {
    const startedAt = Date.now()
    await screenshotOnFailure(studio, 'comment-rejection', async () => {
      await openStudio(studio, stack.lake.studioUrl) // from the desk's root, whatever is open
      await openPane(studio, 'Comments')
      const before = await pendingCount(studio)
      await moderateFromMenu(studio, OFF_TOPIC, 'Reject')
      await studio.getByRole('link', { name: `Pending (${before - 1})` }).waitFor()
      await moderateFromMenu(studio, SPAM, 'Mark as spam')
      await studio.getByRole('link', { name: `Pending (${before - 2})` }).waitFor()
      // Listed where they now belong; the item's subtitle follows its status a moment later.
      await openPane(studio, 'Rejected')
      await inboxItem(studio, OFF_TOPIC).filter({ hasText: 'Rejected · on' }).waitFor()
      await screenshot(studio, 'comment-rejection-1-rejected')
      await openPane(studio, 'Spam')
      await inboxItem(studio, SPAM).filter({ hasText: 'Spam · on' }).waitFor()
      await screenshot(studio, 'comment-rejection-2-spam')
    })

    const stored = await stack.lake.api.query<
      { _id: string; status: string; moderatedAt: string }[]
    >('*[_id in $ids]{_id, status, moderatedAt} | order(_id asc)', {
      ids: [OFF_TOPIC._id, SPAM._id],
    })
    expect(stored.map(({ _id, status }) => ({ _id, status }))).toEqual([
      { _id: OFF_TOPIC._id, status: 'rejected' },
      { _id: SPAM._id, status: 'spam' },
    ])
    for (const { moderatedAt } of stored) {
      expect(Date.parse(moderatedAt)).toBeGreaterThanOrEqual(startedAt)
      expect(Date.parse(moderatedAt)).toBeLessThanOrEqual(Date.now())
    }

    // The article page shows approved comments only; these two never reached it.
    await loadPage(shop, articleUrl)
    await readerComment(shop, APPROVED_AUTHOR).waitFor()
    const html = await shop.content()
    for (const comment of [OFF_TOPIC, SPAM]) {
      await expect(readerComment(shop, comment.authorName).count()).resolves.toBe(0)
      expect(html).not.toContain(comment.body)
    }
    await screenshot(shop, 'comment-rejection-3-storefront', { fullPage: true })
  })
})
