import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { FrameLocator, Page } from 'playwright-core'
import { screenshot, screenshotOnFailure } from './support/artifacts'
import { openPresentation } from './support/presentation'
import { startPresentationStack, type PresentationStack } from './support/presentation-stack'
import { studioPage } from './support/studio-stack'

const ARTICLE = '/blog/how-to-prevent-lower-back-pain-after-exercise'
const ARTICLE_DOC = { type: 'article', id: 'article-lower-back-pain-after-exercise' }

let stack: PresentationStack
let studio: Page

beforeAll(async () => {
  stack = await startPresentationStack()
  studio = await studioPage(stack.browser)
}, 240_000)

afterAll(async () => {
  await stack?.close()
})

/** Resolves once the Studio's focused element is the input with `id` (the field it opened). */
async function studioFocuses(id: string): Promise<void> {
  await studio.waitForFunction((field) => document.activeElement?.id === field, id, {
    timeout: 30_000,
  })
}

/** Moves the pointer onto an element of the preview (drawing its overlay) and clicks it. */
async function clickOverlay(preview: FrameLocator, selector: string): Promise<void> {
  const target = preview.locator(selector).first()
  await target.hover()
  await target.click()
}

describe('Presentation click-to-edit overlays', () => {
  it('are marked only in draft mode: a shopper’s page has no data-sanity attribute', async () => {
    const html = await (await fetch(`${stack.web.url}${ARTICLE}`)).text()
    expect(html).toContain('<h1')
    // In the HTML and in the RSC payload inlined with it (which would list an unset prop).
    expect(/.{0,80}data-sanity.{0,80}/.exec(html)?.[0]).toBeUndefined()
  })

  it('open the clicked field in the Studio: the title, then the deal banner message', async () => {
    await screenshotOnFailure(studio, 'presentation-overlays', async () => {
      const preview = await openPresentation(
        studio,
        stack.lake.studioUrl,
        ARTICLE_DOC,
        `${stack.web.url}${ARTICLE}`,
      )
      // The preview's HTML carries the attributes: title, body blocks and the deal banner.
      await expect(preview.locator('h1').getAttribute('data-sanity')).resolves.toMatch(
        /id=article-lower-back-pain-after-exercise;type=article;path=title/,
      )
      const blocks = preview.locator('[data-article-body] [data-sanity*="path=body:"]')
      await expect(blocks.count()).resolves.toBeGreaterThan(3)

      await clickOverlay(preview, 'h1')
      await studioFocuses('title')
      await screenshot(studio, 'presentation-overlay-title')

      await clickOverlay(preview, '[data-sanity*="type=deal"]')
      await studioFocuses('message')
      await screenshot(studio, 'presentation-overlay-deal')
    })
  })
})
