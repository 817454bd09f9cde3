import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser } from 'playwright-core'
import { launchChromium } from '../support/browser'
import { articleCopy, parseDocument } from '../support/documents'
import { startStack, type Stack } from '../support/stack'

let stack: Stack
let browser: Browser

const COPIES = 12

beforeAll(async () => {
  stack = await startStack()
  browser = await launchChromium()
  // Twelve articles mention a made-up word; only one has it in its title, so it must rank first.
  const copies = Array.from({ length: COPIES }, (_, index) =>
    articleCopy(`article-zumbafit-${index}`, {
      slug: `zumbafit-${index}`,
      title: index === 7 ? 'Zumbafit for beginners' : `Workout notes ${index}`,
      words: `Some words about zumbafit and stretching, note ${index}.`,
      publishedAt: `2024-01-${String(index + 1).padStart(2, '0')}T08:00:00Z`,
    }),
  )
  await publishAllAndWait(
    copies.map((doc) => doc._id),
    () => stack.lake.api.mutate(copies.map((doc) => ({ createOrReplace: doc }))),
  )
})

/**
 * Like publishAndWait, for every document of one change: each delivery writes its article's
 * folded search copy before it is acknowledged, and the lake sends several at once.
 */
async function publishAllAndWait(ids: string[], change: () => Promise<unknown>): Promise<void> {
  const from = stack.lake.service.lines.length
  await change()
  for (const id of ids)
    await stack.lake.service.waitForLine(
      new RegExp(
        `webhook "storefront" \\w+ ${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: attempt \\d+ -> 200\\b`,
      ),
      { timeoutMs: 15_000, from },
    )
}

/** The folded copy the storefront's webhook wrote for an article, as the lake holds it. */
async function searchTextOf(articleId: string): Promise<unknown> {
  return stack.lake.api.query(`*[_id == $id][0]{title, body, "article": article._ref}`, {
    id: `searchText-${articleId}`,
  })
}

afterAll(async () => {
  await browser?.close()
  await stack?.close()
})

async function search(
  query: string | URLSearchParams,
): Promise<{ status: number; doc: Document; html: string }> {
  const params = typeof query === 'string' ? new URLSearchParams({ q: query }) : query
  const response = await fetch(`${stack.web.url}/search?${params}`)
  const html = await response.text()
  return { status: response.status, doc: parseDocument(html, 'text/html'), html }
}

const status = (doc: Document) => doc.querySelector('main [role="status"]')?.textContent ?? ''
const hitTitles = (doc: Document) =>
  [...doc.querySelectorAll('main ol li h2')].map((h) => h.textContent ?? '')

describe('/search', () => {
  it('ranks a title match first, counts every hit and pages through them', async () => {
    const first = await search('Zumbafit')
    expect(first.status).toBe(200)
    expect(status(first.doc)).toBe(`${COPIES} articles match “zumbafit”, page 1 of 2.`)
    const titles = hitTitles(first.doc)
    expect(titles).toHaveLength(10)
    expect(titles[0]).toBe('Zumbafit for beginners')
    const second = await search(new URLSearchParams({ q: 'Zumbafit', page: '2' }))
    expect(hitTitles(second.doc)).toHaveLength(COPIES - 10)
    expect(new Set([...titles, ...hitTitles(second.doc)]).size).toBe(COPIES)
    expect(second.doc.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe(
      '/search?q=Zumbafit',
    )
  })

  it('marks the matched words, and finds the seed article by words of its body', async () => {
    const { doc } = await search('HOW to prevent lower-back PAIN')
    expect(hitTitles(doc)[0]).toBe('How to Prevent Lower Back Pain After Exercise')
    const marked = [...doc.querySelectorAll('main ol li mark')].map((m) =>
      m.textContent?.toLowerCase(),
    )
    expect(marked).toEqual(expect.arrayContaining(['prevent', 'lower', 'back', 'pain']))
    expect(marked).not.toContain('how')
  })

  it('ignores accents both ways and marks the accented word as written', async () => {
    await publishAllAndWait(['article-cafe-accented', 'article-cafe-plain'], () =>
      stack.lake.api.mutate([
        {
          createOrReplace: articleCopy('article-cafe-accented', {
            slug: 'cafe-accented',
            title: 'Stretching breaks',
            words: 'A slow stretch at the café before the crème brûlée.',
          }),
        },
        {
          createOrReplace: articleCopy('article-cafe-plain', {
            slug: 'cafe-plain',
            title: 'Walking breaks',
            words: 'A brisk walk to the cafe and back.',
          }),
        },
      ]),
    )
    // Written by the storefront's webhook on publish: what any GROQ engine's match then reads.
    await expect(searchTextOf('article-cafe-accented')).resolves.toEqual({
      title: 'stretching breaks',
      body: 'a slow stretch at the cafe before the creme brulee.',
      article: 'article-cafe-accented',
    })
    for (const query of ['cafe', 'Café']) {
      const { doc } = await search(query)
      expect({ query, titles: hitTitles(doc).sort() }).toEqual({
        query,
        titles: ['Stretching breaks', 'Walking breaks'],
      })
      const marked = [...doc.querySelectorAll('main ol li mark')].map((m) => m.textContent)
      expect(marked).toEqual(expect.arrayContaining(['café', 'cafe']))
    }
    const { doc } = await search('creme brulee')
    expect(hitTitles(doc)).toEqual(['Stretching breaks'])
  })

  it('follows an accented article published, changed and deleted while running', async () => {
    const id = 'article-soupcon'
    const publish = (words: string) =>
      publishAllAndWait([id], () =>
        stack.lake.api.mutate([
          { createOrReplace: articleCopy(id, { slug: 'soupcon', title: 'Un soupçon', words }) },
        ]),
      )
    await publish('Garçon, a crêpe with a soupçon of jalapeño.')
    expect(hitTitles((await search('jalapeno crepe')).doc)).toEqual(['Un soupçon'])
    await publish('Garçon, only the crêpe now.')
    expect(hitTitles((await search('jalapeno')).doc)).toEqual([])
    expect(hitTitles((await search('garcon')).doc)).toEqual(['Un soupçon'])
    await publishAllAndWait([id], () => stack.lake.api.mutate([{ delete: { id } }]))
    await expect(searchTextOf(id)).resolves.toBeNull()
    expect(hitTitles((await search('garcon')).doc)).toEqual([])
  })

  it('finds nothing in drafts and says so', async () => {
    await stack.lake.api.mutate([
      {
        createOrReplace: articleCopy('drafts.article-zumbafit-0', {
          slug: 'zumbafit-0',
          title: 'Quokkaflex',
          words: 'quokkaflex',
        }),
      },
    ])
    const { doc } = await search('quokkaflex')
    expect(status(doc)).toBe('No articles match “quokkaflex”. Try fewer or different words.')
  })

  it('answers empty, common-word, huge, control-character and GROQ-shaped queries with a message', async () => {
    const cases: [string, RegExp][] = [
      ['', /Type a few words/],
      ['the of and', /too common/],
      ['x'.repeat(10_240), /too long/],
      ['\u0000\u0001\u001b[0m', /No articles match “0m”/],
      ['*[_type == "comment"]{authorEmail} | order(_id)', /No articles match/],
      ['") || true || ("', /No articles match “true”/],
    ]
    for (const [query, message] of cases) {
      const { status: code, doc, html } = await search(query)
      expect({ query: query.slice(0, 40), code }).toEqual({ query: query.slice(0, 40), code: 200 })
      expect(status(doc)).toMatch(message)
      expect(html).not.toMatch(/@example|authorEmail":/)
    }
    const repeated = await search(
      new URLSearchParams([
        ['q', 'zumbafit'],
        ['q', 'other'],
        ['page', '-1'],
      ]),
    )
    expect(status(repeated.doc)).toMatch(/12 articles match/)
  })

  it('works from the header search box without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${stack.web.url}/`)
    await page.getByRole('searchbox', { name: 'Search articles' }).first().fill('cool down')
    await page.getByRole('button', { name: 'Search' }).first().press('Enter')
    await page.waitForURL(/\/search\?q=cool\+down/)
    await expect(page.locator('main ol li h2').first().innerText()).resolves.toBe(
      'A Ten-Minute Cool-Down for After Your Workout',
    )
    await context.close()
  })

  // Last: it stops the lake. A search the lake cannot answer (down, or a 504 after its query time
  // limit: both reach the page as "unavailable") is a page that says so, not the error page.
  it('says search is unavailable when the lake cannot answer', async () => {
    await stack.lake.service.stop()
    const { status: code, doc, html } = await search('hamstring recovery')
    expect(code).toBe(200)
    expect(html).not.toContain('__next_error__')
    expect(status(doc)).toBe('Search is unavailable right now. Please try again in a moment.')
    expect(doc.querySelector('header form[role="search"][action="/search"]')).not.toBeNull()
  })
})
