import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { axeViolations } from '../support/axe'
import { launchChromium } from '../support/browser'
import { DEFAULT_MIN_SUBMIT_MS } from '../comments/comment-page'
import { streamed, until } from '../support/pages'
import { startStack, type Stack } from '../support/stack'
import { publishAndWait } from '../support/webhooks'

const ARTICLE = '/blog/how-to-prevent-lower-back-pain-after-exercise'

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

async function open(path: string, context: BrowserContext): Promise<Page> {
  const page = await context.newPage()
  await page.goto(`${stack.web.url}${path}`)
  await streamed(page)
  await page.waitForLoadState('load')
  return page
}

/** Every violation, named by rule and element, so a failure says exactly what to fix. */
async function expectNoViolations(page: Page, state: string): Promise<void> {
  const violations = await axeViolations(page)
  const summary = violations.flatMap((v) =>
    v.nodes.map((node) => `${v.id} (${v.impact}): ${node.target.join(' ')} — ${v.help}`),
  )
  expect({ state, violations: summary }).toEqual({ state, violations: [] })
}

describe.each(['light', 'dark'] as const)('axe (WCAG 2.2 AA) in %s mode', (colorScheme) => {
  let context: BrowserContext
  beforeAll(async () => {
    context = await browser.newContext({ colorScheme, viewport: { width: 1280, height: 900 } })
  })
  afterAll(async () => {
    await context?.close()
  })

  it.each([
    ['home', '/'],
    ['article', ARTICLE],
    ['category', '/category/back-health'],
    ['deals', '/deals'],
    ['search with results', '/search?q=back+pain'],
    ['search without results', '/search?q=quokkaflex'],
    ['search refused', '/search?q=the'],
    ['404', '/no/such/page'],
  ])('%s has no violations', async (state, path) => {
    const page = await open(path, context)
    await expectNoViolations(page, `${state} (${colorScheme})`)
    await page.close()
  })
})

describe('axe on interactive states', () => {
  let context: BrowserContext
  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width: 390, height: 844 } })
  })
  afterAll(async () => {
    await context?.close()
  })

  it('has no violations with the banner dismissed', async () => {
    const page = await open('/', context)
    await page.getByRole('button', { name: "Dismiss Today's deal" }).click()
    await expect(page.locator('#deal-banner').isVisible()).resolves.toBe(false)
    await expectNoViolations(page, 'banner dismissed')
    await page.close()
  })

  it('has no violations in the comment form showing errors', async () => {
    const page = await open(ARTICLE, context)
    const form = page.getByRole('form', { name: 'Leave a comment' })
    await form.getByRole('button', { name: 'Post comment' }).click()
    await page.locator('[aria-invalid="true"]').first().waitFor()
    await expectNoViolations(page, 'comment form with errors')
    await page.close()
  })
})

describe('axe on a posted comment', () => {
  it('has no violations once the form says the comment awaits moderation', async () => {
    const context = await browser.newContext()
    const page = await open(ARTICLE, context)
    const form = page.locator('form[novalidate]')
    await form.waitFor()
    await page.getByRole('textbox', { name: 'Name' }).fill('Axe Reader')
    await page.getByRole('textbox', { name: 'Comment' }).fill('Checking the form after posting.')
    const token = form.locator('input[name=renderedAt]')
    await page.waitForFunction(
      (input) => (input as HTMLInputElement).value !== '',
      await token.elementHandle(),
    )
    await until(Number((await token.inputValue()).split('.')[0]) + DEFAULT_MIN_SUBMIT_MS + 200)
    await form.getByRole('button', { name: 'Post comment' }).click()
    await form
      .getByRole('status')
      .getByText(/awaits moderation/)
      .waitFor()
    await expectNoViolations(page, 'comment posted')
    await context.close()
  })
})

describe('axe on the deals page with only an announced deal', () => {
  it('has no violations with Coming soon and the no-live-deal message', async () => {
    const startsAt = new Date(Date.now() + 3_600_000).toISOString()
    await publishAndWait(stack.lake, 'deal-free-shipping', () =>
      stack.lake.api.mutate([
        {
          createOrReplace: {
            _id: 'deal-a11y-upcoming',
            _type: 'deal',
            label: 'Coming up',
            message: 'half-price yoga mats',
            priority: 1,
            enabled: true,
            announce: true,
            startsAt,
          },
        },
        { patch: { id: 'deal-free-shipping', set: { enabled: false } } },
      ]),
    )
    const context = await browser.newContext()
    const page = await open('/deals', context)
    await page.getByRole('region', { name: 'Coming soon' }).waitFor()
    await page.locator('[data-empty-deals]').waitFor()
    try {
      await expectNoViolations(page, 'deals: none live, one announced')
    } finally {
      await context.close()
      // Put the banner back for the keyboard checks that follow.
      await publishAndWait(stack.lake, 'deal-free-shipping', () =>
        stack.lake.api.mutate([
          { delete: { id: 'deal-a11y-upcoming' } },
          { patch: { id: 'deal-free-shipping', set: { enabled: true } } },
        ]),
      )
    }
  })
})

describe('the checker itself', () => {
  it('reports a violation planted in a page (so a clean result means something)', async () => {
    const context = await browser.newContext()
    const page = await open('/', context)
    // React may still replace parts of the page it streamed (one CI run lost the planted image
    // that way), so the image is planted again if it is gone before each check, a few times.
    let found: string[] = []
    for (let attempt = 0; attempt < 5 && !found.includes('image-alt'); attempt += 1) {
      await page.evaluate(() => {
        if (document.getElementById('planted-no-alt')) return
        const image = document.createElement('img')
        image.id = 'planted-no-alt'
        image.src = '/icon.svg'
        document.body.append(image)
      })
      found = (await axeViolations(page)).map((v) => v.id)
    }
    expect(found).toContain('image-alt')
    await context.close()
  })
})

describe('keyboard', () => {
  it('reaches the skip link first, then the banner and its close button; focus is visible', async () => {
    const context = await browser.newContext()
    const page = await open('/', context)
    await page.keyboard.press('Tab')
    const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '')
    await expect(focused()).resolves.toBe('Skip to content')
    const outline = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement as Element)
      return {
        style: style.outlineStyle,
        width: parseFloat(style.outlineWidth),
        top: (document.activeElement as Element).getBoundingClientRect().top,
      }
    })
    expect(outline.style).not.toBe('none')
    expect(outline.width).toBeGreaterThanOrEqual(2)
    expect(outline.top).toBeGreaterThanOrEqual(0)
    const labels: string[] = []
    for (let step = 0; step < 3; step++) {
      await page.keyboard.press('Tab')
      labels.push(
        await page.evaluate(
          () =>
            document.activeElement?.getAttribute('aria-label') ??
            document.activeElement?.textContent?.trim() ??
            '',
        ),
      )
    }
    expect(labels).toContain("Dismiss Today's deal")
    await page.keyboard.press('Shift+Tab')
    await page.keyboard.press('Shift+Tab')
    await page.keyboard.press('Shift+Tab')
    await page.keyboard.press('Enter')
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main')
    await context.close()
  })

  it('dismisses the banner from the keyboard and moves focus to the content', async () => {
    const context = await browser.newContext()
    const page = await open('/', context)
    const close = page.getByRole('button', { name: "Dismiss Today's deal" })
    await close.focus()
    await page.keyboard.press('Enter')
    await expect(page.locator('#deal-banner').isVisible()).resolves.toBe(false)
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main')
    await context.close()
  })

  it('focuses the first field in error when the comment form is sent empty', async () => {
    const context = await browser.newContext()
    const page = await open(ARTICLE, context)
    await page.getByRole('button', { name: 'Post comment' }).press('Enter')
    await page.locator('[aria-invalid="true"]').first().waitFor()
    await expect(page.evaluate(() => document.activeElement?.getAttribute('name'))).resolves.toBe(
      'authorName',
    )
    await context.close()
  })

  it('announces banner changes and search answers through live regions', async () => {
    const context = await browser.newContext()
    const page = await open('/search?q=back', context)
    await expect(page.locator('main [role="status"]').count()).resolves.toBe(1)
    await expect(
      page.locator('#deal-banner').locator('xpath=..').getAttribute('aria-live'),
    ).resolves.toBe('polite')
    await context.close()
  })
})
