/**
 * Integration: every ContentClient method through the real @sanity/client against the real local
 * Content Lake (@repo/content-lake) seeded with seed/seed.ndjson, over verified TLS. Run by
 * `npm test`, which starts Jest under NODE_EXTRA_CA_CERTS (the lake's test certificate).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startLake, type RunningLake } from '@repo/content-lake'
import { createClient } from '@sanity/client'
import type { ContentClient, DroppedBlock } from '../src/api'
import { createContentClient } from '../src/client'
import type { InvalidError } from '../src/client/invalid'
import { SEED_FILE } from './support/seed'

const EDITOR_TOKEN = 'content-integration-editor-token'
// Reads with a viewer token, as the storefront does: comments are private (`comments.<id>`) and
// anonymous readers of a Sanity dataset never see them.
const VIEWER_TOKEN = 'content-integration-viewer-token'
const MAIN_SLUG = 'how-to-prevent-lower-back-pain-after-exercise'
const MAIN_ID = 'article-lower-back-pain-after-exercise'

let lake: RunningLake
let dataDir = ''
let client: ContentClient
const invalid: InvalidError[] = []
const dropped: DroppedBlock[] = []

beforeAll(async () => {
  const tlsDir = process.env.CONTENT_LAKE_TEST_TLS_DIR
  if (!tlsDir || !process.env.NODE_EXTRA_CA_CERTS) {
    throw new Error(
      'Run the integration test with `npm test` (it trusts the lake test certificate)',
    )
  }
  dataDir = mkdtempSync(join(tmpdir(), 'content-integration-'))
  lake = await startLake({
    dataDir,
    port: 0,
    seedFile: SEED_FILE,
    tlsDir,
    log: () => undefined,
    config: {
      projectId: 'local',
      datasets: ['production'],
      tokens: [
        { name: 'Integration editor', token: EDITOR_TOKEN, role: 'editor' },
        { name: 'Integration reader', token: VIEWER_TOKEN, role: 'viewer' },
      ],
      cors: [],
      maxBodyBytes: 1024 * 1024,
      webhooks: [],
    },
  })
  client = createContentClient({
    projectId: 'local',
    dataset: 'production',
    apiHost: lake.url,
    token: VIEWER_TOKEN,
    onInvalid: (error) => invalid.push(error),
    onDroppedBlock: (block) => dropped.push(block),
  })
}, 60_000)

afterAll(async () => {
  await lake?.close()
  if (dataDir) rmSync(dataDir, { recursive: true, force: true })
})

/** The data of a successful read (fails the test with the error otherwise). */
function data<T>(result: { ok: true; data: T } | { ok: false; error: unknown }): T {
  if (!result.ok) throw new Error(`read failed: ${JSON.stringify(result.error)}`)
  return result.data
}

describe('ContentClient against the local Content Lake', () => {
  it('reads the seeded main article', async () => {
    const article = data(await client.getArticle(MAIN_SLUG))
    expect(article).toMatchObject({
      id: MAIN_ID,
      title: 'How to Prevent Lower Back Pain After Exercise',
      author: { name: 'Maya Ortiz' },
      medicalReviewer: { name: 'Daniel Reyes' },
      approvedCommentCount: 3,
    })
    expect(article?.headings).toHaveLength(15)
  })

  it('lists articles newest first, paginated', async () => {
    const page = data(await client.listArticles({ page: 1, pageSize: 2 }))
    expect(page).toMatchObject({ total: 3, pageCount: 2 })
    expect(page.items.map((a) => a.id)).toEqual([MAIN_ID, 'article-cool-down-routine'])
  })

  it('finds related articles', async () => {
    const categoryIds = ['category-back-health', 'category-exercise-recovery']
    const related = data(await client.getRelatedArticles({ id: MAIN_ID, categoryIds }, 5))
    expect(related.map((a) => a.id)).toEqual(['article-cool-down-routine', 'article-desk-habits'])
  })

  it('lists every article slug', async () => {
    expect(data(await client.listArticleSlugs())).toHaveLength(3)
  })

  it('lists categories and reads one with its articles', async () => {
    expect(data(await client.listCategories()).map((c) => c.slug)).toEqual([
      'back-health',
      'everyday-movement',
      'exercise-recovery',
    ])
    const category = data(await client.getCategory('exercise-recovery'))
    expect(category?.articles.map((a) => a.id)).toEqual([MAIN_ID, 'article-cool-down-routine'])
  })

  it('reads the open-ended deal', async () => {
    expect(data(await client.getDealState(new Date()))).toMatchObject({
      deal: { label: "Today's deal", message: 'free shipping on all orders', emoji: '🥳' },
      nextChangeAt: null,
    })
  })

  it('reads approved comments oldest first, without emails', async () => {
    const comments = data(await client.getApprovedComments(MAIN_ID))
    expect(comments.map((c) => c.authorName)).toEqual(['Jordan', 'Priya', 'Sam K.'])
    expect(JSON.stringify(comments)).not.toContain('@')
  })

  it('reads the site settings', async () => {
    expect(data(await client.getSiteSettings())?.title).toBe('Stride & Strength Journal')
  })

  it('never shows a draft', async () => {
    const writer = createClient({
      projectId: 'local',
      dataset: 'production',
      apiHost: lake.url,
      useProjectHostname: false,
      apiVersion: '2025-02-19',
      token: EDITOR_TOKEN,
      useCdn: false,
    })
    await writer.createOrReplace({
      _id: `drafts.${MAIN_ID}`,
      _type: 'article',
      title: 'An unpublished edit',
      slug: { _type: 'slug', current: MAIN_SLUG },
    })
    expect(data(await client.getArticle(MAIN_SLUG))?.title).toBe(
      'How to Prevent Lower Back Pain After Exercise',
    )
  })

  it('reported nothing invalid', () => {
    expect({ invalid, dropped }).toEqual({ invalid: [], dropped: [] })
  })
})
