import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser } from 'playwright-core'
import { launchChromium } from '../support/browser'
import { parseDocument } from '../support/documents'
import { startStack, type Stack } from '../support/stack'

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

const UNMATCHED = ['/no/such/page', '/nested/a/b/c/d', '/blog', '/x.php']
// URLs a page matches, which then finds nothing to show and answers with its own 404.
const DECIDED = [
  '/blog/no-such-article',
  '/blog/Not%20A%20Slug',
  '/category/no-such-category',
  '/page/999',
  '/page/abc',
  '/deals/other',
  '/search/back/abc',
]

describe('the 404 of a URL no page matches', () => {
  it.each(UNMATCHED)('%s is sent as a readable page, not an empty shell', async (path) => {
    const response = await fetch(`${stack.web.url}${path}`)
    expect(response.status).toBe(404)
    const html = await response.text()
    expect(html).not.toContain('__next_error__')
    const doc = parseDocument(html, 'text/html')
    expect(doc.documentElement.getAttribute('lang')).toBe('en')
    expect(doc.querySelector('main h1')?.textContent).toBe('Page not found')
    expect(doc.querySelector('main a[href="/"]')?.textContent).toBe('Go to the latest articles')
    expect(doc.querySelector('header form[role="search"][action="/search"]')).not.toBeNull()
    expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toMatch(/noindex/)
  })

  it('reads without JavaScript in a browser', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    try {
      const page = await context.newPage()
      const response = await page.goto(`${stack.web.url}/nested/unknown/path`)
      expect(response?.status()).toBe(404)
      await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(
        'Page not found',
      )
      await expect(
        page.getByRole('link', { name: 'Go to the latest articles' }).isVisible(),
      ).resolves.toBe(true)
      await expect(
        page.getByRole('searchbox', { name: 'Search articles' }).isVisible(),
      ).resolves.toBe(true)
    } finally {
      await context.close()
    }
  })
})

describe('the 404 a page decides (unknown article, category or page number)', () => {
  it.each(DECIDED)('%s is sent with status 404 and the message in the HTML', async (path) => {
    const response = await fetch(`${stack.web.url}${path}`)
    expect(response.status).toBe(404)
    const html = await response.text()
    expect(html).not.toContain('__next_error__')
    const doc = parseDocument(html, 'text/html')
    expect(doc.documentElement.getAttribute('lang')).toBe('en')
    expect(doc.querySelector('main h1')?.textContent).toBe('Page not found')
    expect(doc.querySelector('main a[href="/"]')?.textContent).toBe('Go to the latest articles')
    expect(doc.querySelector('header form[role="search"][action="/search"]')).not.toBeNull()
    expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toMatch(/noindex/)
  })

  it('reads without JavaScript, and stays the 404 once JavaScript runs', async () => {
    for (const javaScriptEnabled of [false, true]) {
      const context = await browser.newContext({ javaScriptEnabled })
      try {
        const page = await context.newPage()
        const response = await page.goto(`${stack.web.url}/blog/no-such-article`)
        expect(response?.status()).toBe(404)
        await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(
          'Page not found',
        )
        await expect(page.title()).resolves.toMatch(/^Page not found/)
        await expect(
          page.getByRole('link', { name: 'Go to the latest articles' }).isVisible(),
        ).resolves.toBe(true)
      } finally {
        await context.close()
      }
    }
  })
})
