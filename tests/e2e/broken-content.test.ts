import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'
import { launchChromium } from '../support/browser'
import { bannerText } from '../support/pages'
import { startStack, type Stack } from '../support/stack'
import { publishAndWait } from '../support/webhooks'

let stack: Stack
let browser: Browser
let page: Page

beforeAll(async () => {
  stack = await startStack()
  browser = await launchChromium()
  page = await browser.newPage()
})

afterAll(async () => {
  await browser?.close()
  await stack?.close()
})

type Doc = Record<string, unknown> & { _id: string; _type: string }

/** A copy of a seed article under a new id and slug, with `changes` applied. */
async function articleLike(id: string, slug: string, changes: (doc: Doc) => Doc): Promise<Doc> {
  const seed = await stack.lake.api.query<Doc>('*[_id == "article-cool-down-routine"][0]')
  const { _rev: _, _createdAt: __, _updatedAt: ___, ...rest } = seed
  return changes({ ...rest, _id: id, slug: { _type: 'slug', current: slug } })
}

describe('broken content never breaks a page', () => {
  it('answers an article that fails validation with a 404 and logs its _id and the failing path', async () => {
    const doc = await articleLike('article-broken', 'broken-article', (d) => ({
      ...d,
      title: 42,
      excerpt: undefined,
    }))
    const from = stack.web.service.lines.length
    await publishAndWait(stack.lake, 'article-broken', () =>
      stack.lake.api.mutate([{ createOrReplace: doc }]),
    )
    const response = await page.goto(`${stack.web.url}/blog/broken-article`)
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(
      'Page not found',
    )
    const logged = stack.web.service.lines.slice(from).join('\n')
    expect(logged).toMatch(/invalid article article-broken at (title|excerpt)/)
  })

  it('shows no banner while the live deal is broken, and the banner again once it is fixed', async () => {
    await page.goto(`${stack.web.url}/category/back-health`)
    await expect(bannerText(page)).resolves.toBe("Today's deal: free shipping on all orders 🥳")
    const broken = {
      _id: 'deal-broken',
      _type: 'deal',
      label: 'Broken',
      priority: 900,
      enabled: true,
      link: 'javascript:alert(1)',
    }
    await publishAndWait(stack.lake, 'deal-broken', () =>
      stack.lake.api.mutate([{ createOrReplace: broken }]),
    )
    const response = await page.goto(`${stack.web.url}/category/back-health`)
    expect(response?.status()).toBe(200)
    await expect(bannerText(page)).resolves.toBeNull()
    await publishAndWait(stack.lake, 'deal-broken', () =>
      stack.lake.api.mutate([{ delete: { id: 'deal-broken' } }]),
    )
    await page.goto(`${stack.web.url}/category/back-health`)
    await expect(bannerText(page)).resolves.toBe("Today's deal: free shipping on all orders 🥳")
  })

  it('skips a block of an unknown type and renders the rest of the article', async () => {
    const from = stack.web.service.lines.length
    const doc = await articleLike('article-with-video', 'article-with-video', (d) => {
      const body: unknown[] = Array.isArray(d.body) ? d.body : []
      const video = { _type: 'video', _key: 'video1', url: 'https://example.org/stretch.mp4' }
      return {
        ...d,
        title: 'An Article With a Video Block',
        body: [body[0], video, ...body.slice(1)],
      }
    })
    await publishAndWait(stack.lake, 'article-with-video', () =>
      stack.lake.api.mutate([{ createOrReplace: doc }]),
    )
    const response = await page.goto(`${stack.web.url}/blog/article-with-video`)
    expect(response?.status()).toBe(200)
    await expect(page.locator('h1').innerText()).resolves.toBe('An Article With a Video Block')
    const paragraphs = await page.locator('[data-article-body] > p').count()
    expect(paragraphs).toBeGreaterThan(1)
    await expect(
      page.locator('video, [data-article-body] [src*="stretch.mp4"]').count(),
    ).resolves.toBe(0)
    const logged = stack.web.service.lines.slice(from).join('\n')
    expect(logged).toMatch(/unknown type "video" in article article-with-video at body\[1\]/)
  })
})
