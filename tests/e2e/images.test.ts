import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'
import { launchChromium } from '../support/browser'
import { layoutShift } from '../support/pages'
import { startStack, type Stack } from '../support/stack'

const ARTICLE = '/blog/how-to-prevent-lower-back-pain-after-exercise'
const DESK = '/blog/desk-habits-that-keep-your-back-happy'

let stack: Stack
let browser: Browser
let page: Page

beforeAll(async () => {
  stack = await startStack()
  browser = await launchChromium()
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
})

afterAll(async () => {
  await browser?.close()
  await stack?.close()
})

/** The natural size of an image URL as the browser decodes it. */
function decodedSize(url: string): Promise<[number, number]> {
  return page.evaluate(
    (src) =>
      new Promise<[number, number]>((resolve, reject) => {
        const img = new Image()
        img.onload = () => resolve([img.naturalWidth, img.naturalHeight])
        img.onerror = () => reject(new Error(`cannot decode ${src}`))
        img.src = src
      }),
    url,
  )
}

describe('article images', () => {
  it('preloads a responsive, sized hero with alt text and an LQIP, without layout shift while it loads', async () => {
    // Hold every image for 800 ms, so the page lays out long before the pixels arrive.
    await page.route('**/lake/images/**', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 800))
      await route.continue()
    })
    // Not `load`: that event waits for the hero itself.
    await page.goto(`${stack.web.url}${ARTICLE}`, { waitUntil: 'domcontentloaded' })
    const hero = page.locator('header img').first()
    const attributes = await hero.evaluate((img: HTMLImageElement) => ({
      alt: img.alt,
      width: img.getAttribute('width'),
      height: img.getAttribute('height'),
      srcset: img.srcset,
      sizes: img.sizes,
      priority: img.getAttribute('fetchpriority'),
      loading: img.loading,
      background: img.style.backgroundImage,
      complete: img.complete && img.naturalWidth > 0,
    }))
    expect(attributes.complete).toBe(false)
    expect(attributes.alt).toMatch(/vertebrae/)
    expect([attributes.width, attributes.height]).toEqual(['960', '540'])
    expect(attributes.srcset.split(', ').length).toBeGreaterThanOrEqual(5)
    expect(attributes.srcset).toContain('1600w')
    expect(attributes.sizes).not.toBe('')
    expect(attributes.priority).toBe('high')
    expect(attributes.loading).toBe('eager')
    expect(attributes.background).toContain('data:image/jpeg;base64,')
    await expect(page.locator('link[rel="preload"][as="image"]').count()).resolves.toBe(1)
    await hero.evaluate(
      (img: HTMLImageElement) =>
        new Promise((resolve) => (img.complete ? resolve(null) : (img.onload = resolve))),
    )
    expect(await layoutShift(page)).toBe(0)
    // Waits for the images still held back: one released after the next test navigated would throw.
    await page.unrouteAll({ behavior: 'wait' })
  })

  it('renders inline images lazily in a figure with a caption', async () => {
    await page.goto(`${stack.web.url}${DESK}`)
    const figure = page.locator('[data-article-body] figure')
    await expect(figure.count()).resolves.toBe(1)
    const img = figure.locator('img')
    await expect(img.getAttribute('loading')).resolves.toBe('lazy')
    await expect(img.getAttribute('alt')).resolves.toMatch(/kettlebell/)
    await expect(img.getAttribute('srcset')).resolves.toContain('w, ')
    await expect(figure.locator('figcaption').innerText()).resolves.toMatch(/desk/)
  })

  it('shows a cropped 16:9 thumbnail on every home page card, the first (on screen) not lazy', async () => {
    await page.goto(`${stack.web.url}/`)
    const thumbs = page.locator('main article img')
    await expect(thumbs.count()).resolves.toBe(3)
    const first = thumbs.first()
    // The first thumbnail is the home page's largest paint: requested at once, with high priority.
    await expect(first.getAttribute('loading')).resolves.toBe('eager')
    await expect(first.getAttribute('fetchpriority')).resolves.toBe('high')
    await expect(thumbs.nth(1).getAttribute('loading')).resolves.toBe('lazy')
    const src = (await first.getAttribute('src')) ?? ''
    const params = new URL(src).searchParams
    expect(params.get('fit')).toBe('crop')
    expect(Number(params.get('w')) / Number(params.get('h'))).toBeCloseTo(16 / 9, 1)
  })
})

describe('share images', () => {
  it('gives each article a 1200×630 Open Graph and Twitter image that the lake serves', async () => {
    await page.goto(`${stack.web.url}${ARTICLE}`)
    const og = await page.locator('meta[property="og:image"]').getAttribute('content')
    expect(og).toBeTruthy()
    const response = await fetch(og ?? '')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^image\//)
    await expect(decodedSize(og ?? '')).resolves.toEqual([1200, 630])
    await expect(
      page.locator('meta[property="og:image:alt"]').getAttribute('content'),
    ).resolves.toMatch(/vertebrae/)
    await expect(page.locator('meta[name="twitter:card"]').getAttribute('content')).resolves.toBe(
      'summary_large_image',
    )
  })

  it('gives the home page the site’s default share image', async () => {
    await page.goto(`${stack.web.url}/`)
    const og = await page.locator('meta[property="og:image"]').getAttribute('content')
    await expect(decodedSize(og ?? '')).resolves.toEqual([1200, 630])
    await expect(
      page.locator('meta[property="og:image:alt"]').getAttribute('content'),
    ).resolves.toMatch(/emblem/)
  })
})
