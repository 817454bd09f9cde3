import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { jsonLdOf, parseDocument } from '../support/documents'
import { startStack, type Stack } from '../support/stack'
import { publishAndWait } from '../support/webhooks'

let stack: Stack

beforeAll(async () => {
  stack = await startStack()
})

afterAll(async () => {
  await stack?.close()
})

const SEED_TITLE = 'How to Prevent Lower Back Pain After Exercise'
const SEED_ID = 'article-lower-back-pain-after-exercise'
const SEED_PATH = '/blog/how-to-prevent-lower-back-pain-after-exercise'

async function xml(path: string, type: RegExp): Promise<Document> {
  const response = await fetch(`${stack.web.url}${path}`)
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toMatch(type)
  return parseDocument(await response.text(), 'application/xml')
}

const texts = (doc: Document | Element, tag: string) =>
  [...doc.getElementsByTagName(tag)].map((element) => element.textContent ?? '')

describe('feeds', () => {
  it('RSS and Atom carry the seed article with its summary, and every page links them', async () => {
    const rss = await xml('/feed.xml', /application\/rss\+xml/)
    const item = [...rss.getElementsByTagName('item')].find(
      (element) => texts(element, 'title')[0] === SEED_TITLE,
    )
    expect(item).toBeDefined()
    expect(texts(item as Element, 'link')).toEqual([`${stack.web.url}${SEED_PATH}`])
    expect(texts(item as Element, 'description')[0]?.length).toBeGreaterThan(20)
    const atom = await xml('/atom.xml', /application\/atom\+xml/)
    expect(texts(atom, 'title')).toContain(SEED_TITLE)
    // Not a page's own notFound() (e.g. an unknown article): Next sends that as an error shell
    // (`<html id="__next_error__">`) drawn in the browser, with no server-rendered <head> to check.
    const paths = ['/', SEED_PATH, '/category/back-health', '/deals', '/search?q=back', '/no/such']
    for (const path of paths) {
      const head = parseDocument(await (await fetch(`${stack.web.url}${path}`)).text(), 'text/html')
      const links = [...head.querySelectorAll('head link[rel="alternate"]')].map((link) =>
        link.getAttribute('type'),
      )
      expect({ path, links }).toEqual({
        path,
        links: expect.arrayContaining(['application/rss+xml', 'application/atom+xml']),
      })
    }
  })

  it('show a published title change on the next fetch', async () => {
    const title = `${SEED_TITLE} (feed check)`
    await publishAndWait(stack.lake, SEED_ID, () =>
      stack.lake.api.mutate([{ patch: { id: SEED_ID, set: { title } } }]),
    )
    expect(texts(await xml('/feed.xml', /rss/), 'title')).toContain(title)
    expect(texts(await xml('/atom.xml', /atom/), 'title')).toContain(title)
    await publishAndWait(stack.lake, SEED_ID, () =>
      stack.lake.api.mutate([{ patch: { id: SEED_ID, set: { title: SEED_TITLE } } }]),
    )
  })
})

describe('sitemap and robots', () => {
  it('lists every published article and category and /deals, with lastmod from content, and no drafts', async () => {
    await stack.lake.api.mutate([
      {
        createOrReplace: {
          _id: 'drafts.article-desk-habits',
          _type: 'article',
          title: 'Draft only',
          slug: { _type: 'slug', current: 'draft-only-article' },
        },
      },
    ])
    const published = await stack.lake.api.query<{ slug: string; _updatedAt: string }[]>(
      '*[_type == "article"]{"slug": slug.current, _updatedAt}',
    )
    const categories = await stack.lake.api.query<string[]>('*[_type == "category"].slug.current')
    const doc = await xml('/sitemap.xml', /xml/)
    const entries = [...doc.getElementsByTagName('url')].map((url) => ({
      loc: texts(url, 'loc')[0] ?? '',
      lastmod: texts(url, 'lastmod')[0],
    }))
    const locs = entries.map((entry) => entry.loc)
    for (const article of published) {
      const entry = entries.find((e) => e.loc === `${stack.web.url}/blog/${article.slug}`)
      expect(entry).toBeDefined()
      expect(Date.parse(entry?.lastmod ?? '')).toBe(Date.parse(article._updatedAt))
    }
    for (const slug of categories) expect(locs).toContain(`${stack.web.url}/category/${slug}`)
    expect(locs).toContain(`${stack.web.url}/deals`)
    expect(locs.filter((loc) => loc.includes('/blog/'))).toHaveLength(published.length)
    expect(locs.join(' ')).not.toMatch(/draft-only|comment/)
    const robots = await (await fetch(`${stack.web.url}/robots.txt`)).text()
    expect(robots).toContain(`Sitemap: ${stack.web.url}/sitemap.xml`)
  })
})

describe('JSON-LD', () => {
  type Node = Record<string, unknown>
  const graph = (data: unknown[]) =>
    data.flatMap((d) => (d as { '@graph'?: Node[] })['@graph'] ?? [d as Node])

  it('describes the article, its review and breadcrumbs; the home page the site and its search', async () => {
    const article = graph(jsonLdOf(await (await fetch(`${stack.web.url}${SEED_PATH}`)).text()))
    const node = article.find((n) => n['@type'] === 'Article')
    expect(node).toMatchObject({
      headline: SEED_TITLE,
      author: { '@type': 'Person', name: expect.any(String) },
      datePublished: expect.stringMatching(/^\d{4}-/),
      dateModified: expect.stringMatching(/^\d{4}-/),
      publisher: { '@id': `${stack.web.url}/#organization` },
    })
    expect(article.find((n) => n['@type'] === 'MedicalWebPage')).toMatchObject({
      reviewedBy: { '@type': 'Person' },
      lastReviewed: expect.stringMatching(/^\d{4}-/),
    })
    expect(article.find((n) => n['@type'] === 'BreadcrumbList')).toBeDefined()
    const home = graph(jsonLdOf(await (await fetch(`${stack.web.url}/`)).text()))
    expect(home.find((n) => n['@type'] === 'WebSite')).toMatchObject({
      potentialAction: { '@type': 'SearchAction' },
    })
    const category = graph(
      jsonLdOf(await (await fetch(`${stack.web.url}/category/back-health`)).text()),
    )
    expect(category.map((n) => n['@type'])).toEqual(['BreadcrumbList'])
  })

  it('keeps a title containing </script> inside the JSON', async () => {
    const title = 'Back pain </script><script>window.pwned=1</script> myths'
    await publishAndWait(stack.lake, SEED_ID, () =>
      stack.lake.api.mutate([{ patch: { id: SEED_ID, set: { title } } }]),
    )
    const html = await (await fetch(`${stack.web.url}${SEED_PATH}`)).text()
    expect(html).not.toContain('<script>window.pwned')
    const node = graph(jsonLdOf(html)).find((n) => n['@type'] === 'Article')
    expect(node?.headline).toBe(title)
  })
})
