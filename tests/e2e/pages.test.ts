import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { launchChromium } from '../support/browser'
import { layoutShift } from '../support/pages'
import { RESULTS_DIR, SOURCE_TEXT } from '../support/paths'
import { startStack, type Stack } from '../support/stack'

const ARTICLE = '/blog/how-to-prevent-lower-back-pain-after-exercise'
const BANNER = "Today's deal: free shipping on all orders 🥳"

/** The headings of the source text: short lines that do not end like a sentence. */
function sourceHeadings(): { title: string; sections: string[] } {
  const lines = readFileSync(SOURCE_TEXT, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter(
      (line) =>
        line.length > 0 && line.length <= 80 && !/[.!:]$/.test(line) && !line.startsWith('•'),
    )
  const [title = '', ...rest] = lines
  return { title, sections: rest.filter((line) => line !== 'Leave a comment') }
}

let stack: Stack
let browser: Browser
let page: Page

beforeAll(async () => {
  stack = await startStack()
  browser = await launchChromium()
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  mkdirSync(RESULTS_DIR, { recursive: true })
})

afterAll(async () => {
  await browser?.close()
  await stack?.close()
})

describe('the storefront against the local lake', () => {
  it('lists the seed articles on the home page, newest first, with the deal banner', async () => {
    const titles = await stack.lake.api.query<string[]>(
      '*[_type == "article"] | order(publishedAt desc).title',
    )
    expect(titles.length).toBeGreaterThanOrEqual(3)
    const response = await page.goto(`${stack.web.url}/`)
    expect(response?.status()).toBe(200)
    const shown = await page.locator('main article h2').allInnerTexts()
    expect(shown).toEqual(titles)
    await expect(page.locator('#deal-banner').innerText()).resolves.toBe(BANNER)
    await page.screenshot({ path: join(RESULTS_DIR, 'home.png'), fullPage: true })
  })

  it('renders the lower back pain article with every heading of the source text, in order', async () => {
    const response = await page.goto(`${stack.web.url}${ARTICLE}`)
    expect(response?.status()).toBe(200)
    const { title, sections } = sourceHeadings()
    expect(sections).toHaveLength(15)
    await expect(page.locator('h1').allInnerTexts()).resolves.toEqual([title])
    const bodyHeadings = await page.locator('[data-article-body] :is(h2, h3)').allInnerTexts()
    expect(bodyHeadings).toEqual(sections)
    await expect(page.getByRole('heading', { name: 'Leave a comment' }).count()).resolves.toBe(1)
    await expect(
      page.getByRole('complementary', { name: "Today's deal" }).innerText(),
    ).resolves.toBe(BANNER)
    await page.screenshot({ path: join(RESULTS_DIR, 'article.png'), fullPage: true })
  })

  it('serves the article, comment form included, from the cache: the same page for every reader', async () => {
    const url = `${stack.web.url}${ARTICLE}`
    await fetch(url).then((response) => response.text())
    const [first, second] = await Promise.all([fetch(url), fetch(url)])
    // Nothing per request in the page (the form fetches its signed time in the browser), so it
    // is never rendered again until its content changes.
    expect([first.headers.get('x-nextjs-cache'), second.headers.get('x-nextjs-cache')]).toEqual([
      'HIT',
      'HIT',
    ])
    const [a, b] = [await first.text(), await second.text()]
    expect(a).toContain('name="renderedAt" value=""')
    expect(a).toBe(b)
  })
  it('describes the article for search engines and sharing', async () => {
    await page.goto(`${stack.web.url}${ARTICLE}`)
    const meta = (selector: string) => page.locator(selector).getAttribute('content')
    await expect(page.title()).resolves.toMatch(/^How to Prevent Lower Back Pain After Exercise/)
    await expect(page.locator('link[rel="canonical"]').getAttribute('href')).resolves.toBe(
      `${stack.web.url}${ARTICLE}`,
    )
    await expect(meta('meta[name="description"]')).resolves.toMatch(/\w/)
    await expect(meta('meta[property="og:type"]')).resolves.toBe('article')
    await expect(meta('meta[property="article:published_time"]')).resolves.toMatch(
      /^\d{4}-\d{2}-\d{2}T/,
    )
  })

  it('pages the article list at /page/N, with /?page=N and /page/1 redirecting', async () => {
    await page.goto(`${stack.web.url}/?page=1`)
    expect(new URL(page.url())).toMatchObject({ pathname: '/', search: '' })
    await page.goto(`${stack.web.url}/?page=3`)
    expect(new URL(page.url())).toMatchObject({ pathname: '/page/3', search: '' })
    await page.goto(`${stack.web.url}/page/1`)
    expect(new URL(page.url()).pathname).toBe('/')
    const beyond = await page.goto(`${stack.web.url}/page/99`)
    expect(beyond?.status()).toBe(404)
  })

  it('links the table of contents to the sections', async () => {
    await page.goto(`${stack.web.url}${ARTICLE}`)
    const toc = page.getByRole('navigation', { name: 'On this page' })
    const hrefs = await toc
      .getByRole('link')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')))
    const ids = await page
      .locator('[data-article-body] :is(h2, h3)')
      .evaluateAll((headings) => headings.map((h) => `#${h.id}`))
    expect(hrefs).toEqual(ids)
  })

  it('shows the approved comments, oldest first, with their count', async () => {
    const approved = await stack.lake.api.query<{ authorName: string }[]>(
      '*[_type == "comment" && status == "approved" && article._ref == "article-lower-back-pain-after-exercise"] | order(submittedAt asc){authorName}',
    )
    await page.goto(`${stack.web.url}${ARTICLE}`)
    const section = page.locator('#comments')
    await expect(section.getByRole('heading', { level: 2 }).innerText()).resolves.toBe(
      `${approved.length} comments`,
    )
    const names = await section.locator('li article p:first-child span:first-child').allInnerTexts()
    expect(names).toEqual(approved.map((comment) => comment.authorName))
    // The form has an `authorEmail` input of its own; what must never appear is a stored address.
    await expect(page.content()).resolves.not.toMatch(/@example\.(com|org)/)
    await expect(section.locator('ol').innerText()).resolves.not.toMatch(/@/)
  })

  it('hides a dismissed banner before paint on the next load, without layout shift', async () => {
    await page.goto(`${stack.web.url}${ARTICLE}`)
    await page.getByRole('button', { name: "Dismiss Today's deal" }).focus()
    await page.keyboard.press('Enter')
    await expect(page.locator('#deal-banner').isVisible()).resolves.toBe(false)
    await page.goto(`${stack.web.url}/category/back-health`)
    await expect(page.locator('#deal-banner').isVisible()).resolves.toBe(false)
    await expect(layoutShift(page)).resolves.toBe(0)
    await page.evaluate(() => localStorage.clear())
  })

  it('keeps the header one height whatever the settings hold, so the default header swapped for the real one moves nothing', async () => {
    for (const width of [1280, 360]) {
      await page.setViewportSize({ width, height: 900 })
      await page.goto(`${stack.web.url}${ARTICLE}`)
      const heights = await page.evaluate(() => {
        const header = document.querySelector('body > header') as HTMLElement
        const list = header.querySelector('nav ul') as HTMLElement
        const brand = header.querySelector('a') as HTMLElement
        const measure = () => header.getBoundingClientRect().height
        const real = measure()
        // What the fallback renders: the default title and the single default link.
        const saved = [list.innerHTML, brand.textContent]
        list.innerHTML = '<li><a href="/">Articles</a></li>'
        brand.textContent = 'Stride & Strength Journal'
        const fallback = measure()
        // And a shop with many categories and a long name.
        list.innerHTML = Array.from(
          { length: 14 },
          (_, i) => `<li><a href="/">Category number ${i}</a></li>`,
        ).join('')
        brand.textContent = 'A very long shop name that would not fit on one line of a phone screen'
        const crowded = measure()
        ;[list.innerHTML, brand.textContent] = saved as [string, string]
        return { real, fallback, crowded }
      })
      expect(heights.fallback).toBe(heights.real)
      expect(heights.crowded).toBe(heights.real)
    }
    await page.setViewportSize({ width: 1280, height: 900 })
  })

  it('answers an unknown page with a helpful 404', async () => {
    const response = await page.goto(`${stack.web.url}/no/such/page`)
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(
      'Page not found',
    )
    await expect(
      page.getByRole('link', { name: 'Go to the latest articles' }).count(),
    ).resolves.toBe(1)
    const categories = page
      .getByRole('navigation', { name: 'Browse by category' })
      .getByRole('link')
    // The links stream in after the shell, and React may reveal them after the load event.
    await categories.first().waitFor()
    await expect(categories.count()).resolves.toBeGreaterThan(0)
    await expect(page.locator('#deal-banner').innerText()).resolves.toBe(BANNER)
  })

  it('leaves the benchmark control pages out of the production build', async () => {
    for (const path of ['/bench/static', '/bench/sized']) {
      expect((await fetch(`${stack.web.url}${path}`)).status).toBe(404)
    }
  })

  it('shows a category with its articles', async () => {
    const response = await page.goto(`${stack.web.url}/category/back-health`)
    expect(response?.status()).toBe(200)
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Back health')
    await expect(page.locator('main article h2').count()).resolves.toBeGreaterThan(0)
  })

  it('shows an error page without details when the lake is down', async () => {
    await stack.lake.service.stop()
    // A page nothing links to (links are prefetched, which would have cached it while the lake was up).
    const response = await page.goto(`${stack.web.url}/blog/an-article-nobody-has-visited`)
    expect(response?.status()).toBe(500)
    await page.getByRole('heading', { name: 'Something went wrong' }).waitFor()
    const html = await page.content()
    expect(html).not.toMatch(/ContentUnavailableError|at \w+ \(|\.next\/server|node_modules/)
  })
})
