import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { LakeApi } from '../support/lake-api'
import { until } from '../support/pages'
import { startStack, type Stack } from '../support/stack'

const ARTICLE_ID = 'article-lower-back-pain-after-exercise'
const ARTICLE = '/blog/how-to-prevent-lower-back-pain-after-exercise'
const OLD_TITLE = 'How to Prevent Lower Back Pain After Exercise'
const NEW_TITLE = 'Back Pain After Exercise: What Changed This Spring'
const ONLY_IN_RELEASE = '/blog/a-release-only-article'
const RELEASE = 'rShop'

let stack: Stack
let anonymous: LakeApi

beforeAll(async () => {
  stack = await startStack()
  anonymous = new LakeApi(stack.lake.url, readFileSync(stack.lake.certPath, 'utf8'), '')
})

afterAll(async () => {
  await stack?.close()
})

async function get(path: string): Promise<{ status: number; html: string }> {
  const response = await fetch(`${stack.web.url}${path}`)
  return { status: response.status, html: await response.text() }
}

/** What a shopper can see of the release: pages and anonymous lake queries, every way we know. */
async function expectReleaseInvisible(): Promise<void> {
  const article = await get(ARTICLE)
  expect(article.status).toBe(200)
  expect(article.html).not.toContain(NEW_TITLE)
  expect((await get('/')).html).not.toContain(NEW_TITLE)
  expect((await get(ONLY_IN_RELEASE)).status).toBe(404)
  for (const perspective of ['published', 'raw', 'drafts'])
    expect(
      await anonymous.query('*[title == $title]._id', { title: NEW_TITLE }, perspective),
    ).toEqual([])
  expect(await anonymous.query('count(releases::all())')).toBe(0)
  // Asked for the release's perspective, an anonymous caller still reads only published documents.
  expect(await anonymous.query('*[_id == $id][0].title', { id: ARTICLE_ID }, RELEASE)).toBe(
    OLD_TITLE,
  )
}

/** A release with the seed article retitled and an article that exists only in the release. */
async function makeRelease(): Promise<void> {
  await stack.lake.api.action([
    { actionType: 'sanity.action.release.create', releaseId: RELEASE, metadata: { title: 'Shop' } },
  ])
  const [seed] = await stack.lake.api.query<Array<Record<string, unknown>>>('*[_id == $id]', {
    id: ARTICLE_ID,
  })
  const { _rev: _r, _updatedAt: _u, _createdAt: _c, ...content } = seed ?? {}
  await stack.lake.api.action([
    {
      actionType: 'sanity.action.document.version.create',
      publishedId: ARTICLE_ID,
      document: { ...content, _id: `versions.${RELEASE}.${ARTICLE_ID}`, title: NEW_TITLE },
    },
    {
      actionType: 'sanity.action.document.version.create',
      publishedId: 'article-release-only',
      document: {
        ...content,
        _id: `versions.${RELEASE}.article-release-only`,
        title: 'Only in the release',
        slug: { _type: 'slug', current: 'a-release-only-article' },
      },
    },
  ])
}

describe('releases on the storefront', () => {
  it('shows nothing of an unpublished or a scheduled release, and the published one on the next load after its webhook', async () => {
    await makeRelease()
    // The lake's editor sees the release, so the invisibility below is not an empty release.
    expect(await stack.lake.api.query('*[_id == $id][0].title', { id: ARTICLE_ID }, RELEASE)).toBe(
      NEW_TITLE,
    )
    await expectReleaseInvisible()

    const publishAt = Date.now() + 6000
    await stack.lake.api.action([
      {
        actionType: 'sanity.action.release.schedule',
        releaseId: RELEASE,
        publishAt: new Date(publishAt).toISOString(),
      },
    ])
    await expectReleaseInvisible()
    await until(publishAt - 1500)
    await expectReleaseInvisible()

    const from = stack.lake.service.lines.length
    const delivered = new RegExp(`webhook "storefront" \\w+ ${ARTICLE_ID}: attempt \\d+ -> 200\\b`)
    const alsoNew = /webhook "storefront" \w+ article-release-only: attempt \d+ -> 200\b/
    await stack.lake.service.waitForLine(delivered, { timeoutMs: 30_000, from })
    await stack.lake.service.waitForLine(alsoNew, { timeoutMs: 30_000, from })
    const webhookAt = Date.now()
    expect(webhookAt).toBeGreaterThanOrEqual(publishAt)
    // The first load after the webhook shows the release: no stale page is served once.
    const article = await get(ARTICLE)
    const servedAt = Date.now()
    expect(article.html).toContain(NEW_TITLE)
    expect((await get(ONLY_IN_RELEASE)).status).toBe(200)
    console.log(
      `release webhook answered ${webhookAt - publishAt} ms after publishAt; the article page was fresh ${servedAt - webhookAt} ms after the webhook`,
    )
  }, 120_000)
})
