import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core'
import { COMMENT_MESSAGES } from '@repo/content/comment-input'
import { launchChromium } from '../support/browser'
import { until } from '../support/pages'
import { startStack, type Stack } from '../support/stack'
import { ARTICLE } from './comment-page'
import { approveAndWait, commentIdByBody } from './comment-stack'

// Long enough that loading, hydrating and filling the form always come first.
const MIN_SUBMIT_MS = 5_000
const ACCEPTED = 'Thanks — your comment awaits moderation.'
const TOO_FAST =
  'That was quick! Please take a moment to read your comment over, then post it again.'
const CONFIRM = 'Please check your comment, then post it.'
const run = Date.now().toString(36)

let stack: Stack
let browser: Browser
const dialogs: string[] = []

beforeAll(async () => {
  stack = await startStack({
    webEnv: {
      COMMENTS_MIN_SUBMIT_MS: String(MIN_SUBMIT_MS),
      COMMENTS_RATE_LIMIT_BURST: '50',
    },
  })
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  await stack?.close()
})

async function open(javaScriptEnabled: boolean): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ javaScriptEnabled })
  const page = await context.newPage()
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  const response = await page.goto(`${stack.web.url}${ARTICLE.path}`)
  expect(response?.status()).toBe(200)
  return { context, page }
}

async function fill(page: Page, name: string, body: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Name' }).fill(name)
  await page
    .getByRole('textbox', { name: 'Email (optional, never shown)' })
    .fill('reader@example.com')
  await page.getByRole('textbox', { name: 'Comment' }).fill(body)
}

/** When the form's signed `renderedAt` (fetched once it runs) lets it be posted. */
async function postableAt(form: Locator): Promise<number> {
  const input = form.locator('input[name=renderedAt]')
  const deadline = Date.now() + 10_000
  let token = await input.inputValue()
  while (!token && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20))
    token = await input.inputValue()
  }
  if (!token) throw new Error('the form never got its signed time')
  return Number(token.split('.')[0]) + MIN_SUBMIT_MS
}

/** Posts a comment with JavaScript on; with `tooFastFirst`, the first click comes too early on purpose. */
async function postWithJs(
  name: string,
  body: string,
  { tooFastFirst = false } = {},
): Promise<void> {
  const { context, page } = await open(true)
  // Hydrated: the enhanced form turns native validation off.
  const form = page.locator('form[novalidate]')
  await form.waitFor()
  await fill(page, name, body)
  if (tooFastFirst) {
    expect(Date.now()).toBeLessThan((await postableAt(form)) - 500)
    await form.getByRole('button', { name: 'Post comment' }).click()
    await form.getByRole('alert').getByText(TOO_FAST).waitFor()
    await expect(page.getByRole('textbox', { name: 'Comment' }).inputValue()).resolves.toBe(body)
  }
  // The rule under test is the wait itself: post once the (possibly refreshed) signed time allows.
  await until((await postableAt(form)) + 100)
  await form.getByRole('button', { name: 'Post comment' }).click()
  await form.getByRole('status').getByText(ACCEPTED).waitFor()
  await expect(page.getByRole('textbox', { name: 'Comment' }).inputValue()).resolves.toBe('')
  await context.close()
}

const jsBody = `With JavaScript on, ${run}: stretching after runs helped.`
const noJsBody = `With JavaScript off, ${run}: my physio said the same.`
const hostile = [`<img src=x onerror=alert(1)> ${run}`, `<script>alert(1)</script> ${run}`]

describe('leaving a comment', () => {
  it('posts with JavaScript on: too fast is refused in place, then the moderation notice shows', async () => {
    await postWithJs('Ann (JS)', jsBody, { tooFastFirst: true })
    await expect(
      stack.lake.api.query('*[_type == "comment" && body == $body][0].status', { body: jsBody }),
    ).resolves.toBe('pending')
  })

  it('posts with JavaScript off: preview, post, back on the article with the notice', async () => {
    const { context, page } = await open(false)
    await fill(page, 'Ben (no JS)', noJsBody)
    await page.getByRole('button', { name: 'Preview comment' }).click()
    await page.getByText(CONFIRM).waitFor()
    await expect(page.getByRole('textbox', { name: 'Comment' }).inputValue()).resolves.toBe(
      noJsBody,
    )
    const renderedAt = await page.locator('input[name=renderedAt]').inputValue()
    await until(Number(renderedAt.split('.')[0]) + MIN_SUBMIT_MS + 100)
    await page.getByRole('button', { name: 'Post comment' }).click()
    await page.waitForURL(`**${ARTICLE.path}#comment-received`)
    await expect(page.getByText(ACCEPTED).isVisible()).resolves.toBe(true)
    await expect(
      stack.lake.api.query('*[_type == "comment" && body == $body][0].status', { body: noJsBody }),
    ).resolves.toBe('pending')
    await context.close()
  })

  it('keeps the text with JavaScript off when a field is wrong, the error tied to its field', async () => {
    const { context, page } = await open(false)
    await page.getByRole('textbox', { name: 'Name' }).fill('Cat (no JS)')
    await page.getByRole('textbox', { name: 'Comment' }).fill('x')
    await page.getByRole('button', { name: 'Preview comment' }).click()
    const comment = page.getByRole('textbox', { name: 'Comment' })
    await comment.waitFor()
    await expect(comment.getAttribute('aria-invalid')).resolves.toBe('true')
    await expect(
      comment.evaluate((element) => element.getAttribute('aria-describedby')),
    ).resolves.toBe('comment-body-error')
    await expect(page.locator('#comment-body-error').innerText()).resolves.toBe(
      COMMENT_MESSAGES.bodyTooShort,
    )
    await expect(page.getByRole('textbox', { name: 'Name' }).inputValue()).resolves.toBe(
      'Cat (no JS)',
    )
    await context.close()
  })

  it('shows both once approved, under the article, oldest first', async () => {
    const ids = [
      await commentIdByBody(stack.lake, jsBody),
      await commentIdByBody(stack.lake, noJsBody),
    ]
    await approveAndWait(stack.lake, ids)
    const { context, page } = await open(true)
    const list = page.locator('#comments ol')
    await expect(list.getByText(jsBody).isVisible()).resolves.toBe(true)
    await expect(list.getByText(noJsBody).isVisible()).resolves.toBe(true)
    const texts = await list.locator('li').allInnerTexts()
    expect(texts.findIndex((text) => text.includes(jsBody))).toBeLessThan(
      texts.findIndex((text) => text.includes(noJsBody)),
    )
    await context.close()
  })

  it('shows markup in a comment as literal text and runs none of it', async () => {
    for (const body of hostile) await postWithJs(`<b onmouseover=alert(2)>Mallory</b> ${run}`, body)
    await approveAndWait(
      stack.lake,
      await Promise.all(hostile.map((body) => commentIdByBody(stack.lake, body))),
    )
    const { context, page } = await open(true)
    const list = page.locator('#comments ol')
    for (const body of hostile)
      await expect(list.getByText(body, { exact: true }).isVisible()).resolves.toBe(true)
    await expect(
      list.getByText(`<b onmouseover=alert(2)>Mallory</b> ${run}`).count(),
    ).resolves.toBe(2)
    await expect(list.locator('img, script, b').count()).resolves.toBe(0)
    await context.close()
    expect(dialogs).toEqual([])
  })
})
