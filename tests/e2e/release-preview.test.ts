import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { randomUUID } from 'node:crypto'
import { seedDocument, type SeedDocument } from '../support/documents'
import { enterPreview } from '../support/preview'
import { startStack, type Stack } from '../support/stack'

const ARTICLE = '/blog/how-to-prevent-lower-back-pain-after-exercise'
const ARTICLE_ID = 'article-lower-back-pain-after-exercise'
const DEAL_ID = 'deal-free-shipping'
const PUBLISHED_TITLE = 'How to Prevent Lower Back Pain After Exercise'
const PUBLISHED_BANNER = 'free shipping on all orders'
const DRAFT_TITLE = `Draft title ${randomUUID()}`
const RELEASE = 'rPreview'
const RELEASE_TITLE = `Release title ${randomUUID()}`
const RELEASE_BANNER = `release-only deal ${randomUUID()}`

let stack: Stack

/** Strips what the lake sets itself, so the content can go into a version. */
function content(id: string): SeedDocument {
  const { _rev: _r, _createdAt: _c, _updatedAt: _u, ...rest } = seedDocument(id)
  return rest
}

beforeAll(async () => {
  stack = await startStack()
  await stack.lake.api.mutate([
    {
      createOrReplace: { ...content(ARTICLE_ID), _id: `drafts.${ARTICLE_ID}`, title: DRAFT_TITLE },
    },
  ])
  await stack.lake.api.action([
    {
      actionType: 'sanity.action.release.create',
      releaseId: RELEASE,
      metadata: { title: 'Spring' },
    },
  ])
  await stack.lake.api.action([
    {
      actionType: 'sanity.action.document.version.create',
      publishedId: ARTICLE_ID,
      document: {
        ...content(ARTICLE_ID),
        _id: `versions.${RELEASE}.${ARTICLE_ID}`,
        title: RELEASE_TITLE,
      },
    },
    {
      actionType: 'sanity.action.document.version.create',
      publishedId: DEAL_ID,
      document: {
        ...content(DEAL_ID),
        _id: `versions.${RELEASE}.${DEAL_ID}`,
        message: RELEASE_BANNER,
      },
    },
  ])
})

afterAll(async () => {
  await stack?.close()
})

async function articlePage(cookie?: string): Promise<{ response: Response; html: string }> {
  const response = await fetch(`${stack.web.url}${ARTICLE}`, { headers: cookie ? { cookie } : {} })
  expect(response.status).toBe(200)
  return { response, html: await response.text() }
}

const h1 = (html: string) => /<h1[^>]*>(.*?)<\/h1>/s.exec(html)?.[1]

/** A preview cookie header with the perspective cookie replaced by `value`. */
const withPerspective = (cookie: string, value: string) =>
  cookie
    .split('; ')
    .filter((pair) => !pair.startsWith('sanity-preview-perspective='))
    .concat(`sanity-preview-perspective=${encodeURIComponent(value)}`)
    .join('; ')

describe('previewing a release in draft mode', () => {
  it("shows the release's article and deal, and names the release in the preview bar", async () => {
    const { response, html } = await articlePage(
      await enterPreview(stack, ARTICLE, `${RELEASE},drafts`),
    )
    expect(h1(html)).toBe(RELEASE_TITLE)
    expect(html).toContain(RELEASE_BANNER)
    expect(html).not.toContain(PUBLISHED_BANNER)
    expect(html).toMatch(new RegExp(`Release: <span[^>]*>${RELEASE}</span>`))
    expect(response.headers.get('cache-control')).toMatch(/private.*no-store/)
  })

  it('shows the draft, not the release, with the drafts perspective or none', async () => {
    for (const perspective of ['drafts', undefined]) {
      const { html } = await articlePage(await enterPreview(stack, ARTICLE, perspective))
      expect(h1(html)).toBe(DRAFT_TITLE)
      expect(html).toContain(PUBLISHED_BANNER)
      expect(html).not.toContain(RELEASE_TITLE)
      expect(html).not.toContain('Release:')
    }
  })

  it('shows the published article with the published perspective', async () => {
    const { html } = await articlePage(await enterPreview(stack, ARTICLE, 'published'))
    expect(h1(html)).toBe(PUBLISHED_TITLE)
    expect(html).toContain('Perspective: published')
  })

  it('reads drafts for a perspective cookie it does not accept', async () => {
    const cookie = await enterPreview(stack, ARTICLE, `${RELEASE},drafts`)
    for (const value of [
      'raw',
      `${RELEASE},raw`,
      `drafts,${RELEASE}`,
      `${RELEASE}.x`,
      'r'.repeat(200),
    ]) {
      const { html } = await articlePage(withPerspective(cookie, value))
      expect(h1(html)).toBe(DRAFT_TITLE)
      expect(html).not.toContain(RELEASE_TITLE)
    }
  })
})

describe('for shoppers', () => {
  it('a perspective cookie without a preview session shows the published page from the cache', async () => {
    await articlePage()
    const preview = await enterPreview(stack, ARTICLE, `${RELEASE},drafts`)
    const bypass = preview.split('; ').find((pair) => pair.startsWith('__prerender_bypass=')) ?? ''
    expect(bypass).toMatch(/=.{8,}/)
    for (const cookie of [
      `sanity-preview-perspective=${RELEASE},drafts`,
      `__prerender_bypass=forged; sanity-preview-perspective=${RELEASE},drafts`,
      // The real draft-mode cookie copied without its preview session opens nothing either.
      `${bypass}; sanity-preview-perspective=${RELEASE},drafts`,
    ]) {
      const { response, html } = await articlePage(cookie)
      expect(h1(html)).toBe(PUBLISHED_TITLE)
      expect(html).toContain(PUBLISHED_BANNER)
      expect(html).not.toContain(RELEASE_BANNER)
      expect(html).not.toContain('Release:')
      expect(response.headers.get('x-nextjs-cache')).toBe('HIT')
    }
  })
})
