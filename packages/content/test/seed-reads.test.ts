import { describe, expect, it } from '@jest/globals'
import { loadSeed, seedReader } from './support/seed'

const MAIN_SLUG = 'how-to-prevent-lower-back-pain-after-exercise'
const MAIN_ID = 'article-lower-back-pain-after-exercise'

/** The data of a successful read (fails the test with the error otherwise). */
function data<T>(result: { ok: true; data: T } | { ok: false; error: unknown }): T {
  if (!result.ok) throw new Error(`read failed: ${JSON.stringify(result.error)}`)
  return result.data
}

describe('the real queries on the seed (groq-js)', () => {
  const { client, reported } = seedReader(loadSeed())

  it('reads the main article with byline, review, categories and comment count', async () => {
    const article = data(await client.getArticle(MAIN_SLUG))
    if (!article) throw new Error('the main article is missing')
    expect(article).toMatchObject({
      id: MAIN_ID,
      title: 'How to Prevent Lower Back Pain After Exercise',
      author: { name: 'Maya Ortiz', credentials: 'Physical therapist, DPT' },
      medicalReviewer: { name: 'Daniel Reyes' },
      reviewedAt: '2025-03-06T09:00:00.000Z',
      categories: [
        { title: 'Back health', slug: 'back-health' },
        { title: 'Exercise & recovery', slug: 'exercise-recovery' },
      ],
      approvedCommentCount: 3,
      commentsEnabled: true,
    })
    expect(article.readingMinutes).toBeGreaterThanOrEqual(6)
    expect(article.headings.map((h) => h.id).slice(0, 2)).toEqual([
      'what-causes-lower-back-pain-after-exercise',
      'lower-back-pain-may-be-associated-with-microtrauma',
    ])
    expect(article.headings).toHaveLength(15)
  })

  it('returns null for an unknown slug and for drafts', async () => {
    expect(data(await client.getArticle('nope'))).toBeNull()
    const withDraft = seedReader([
      ...loadSeed(),
      { _id: 'drafts.x', _type: 'article', slug: { current: 'draft-only' } },
    ])
    expect(data(await withDraft.client.getArticle('draft-only'))).toBeNull()
  })

  it('lists articles newest first, paginated with a total', async () => {
    const first = data(await client.listArticles({ page: 1, pageSize: 2 }))
    expect(first.items.map((a) => a.id)).toEqual([MAIN_ID, 'article-cool-down-routine'])
    expect(first).toMatchObject({ total: 3, page: 1, pageSize: 2, pageCount: 2 })
    const second = data(await client.listArticles({ page: 2, pageSize: 2 }))
    expect(second.items.map((a) => a.id)).toEqual(['article-desk-habits'])
  })

  it('finds related articles by shared category, never the article itself', async () => {
    const related = data(
      await client.getRelatedArticles(
        { id: MAIN_ID, categoryIds: ['category-back-health', 'category-exercise-recovery'] },
        5,
      ),
    )
    expect(related.map((a) => a.id)).toEqual(['article-cool-down-routine', 'article-desk-habits'])
    const limited = data(
      await client.getRelatedArticles({ id: MAIN_ID, categoryIds: ['category-back-health'] }, 1),
    )
    expect(limited.map((a) => a.id)).toEqual(['article-desk-habits'])
  })

  it('reads categories with their articles', async () => {
    expect(data(await client.listCategories()).map((c) => c.slug)).toEqual([
      'back-health',
      'everyday-movement',
      'exercise-recovery',
    ])
    const category = data(await client.getCategory('back-health'))
    expect(category?.category.title).toBe('Back health')
    expect(category?.articles.map((a) => a.id)).toEqual([MAIN_ID, 'article-desk-habits'])
    expect(data(await client.getCategory('nope'))).toBeNull()
  })

  it('shows the open-ended deal with no scheduled change', async () => {
    const state = data(await client.getDealState(new Date('2025-06-01T12:00:00Z')))
    expect(state.deal).toMatchObject({
      label: "Today's deal",
      message: 'free shipping on all orders',
      emoji: '🥳',
      href: null,
    })
    expect(state.nextChangeAt).toBeNull()
  })

  it('returns approved comments oldest first, without emails', async () => {
    const comments = data(await client.getApprovedComments(MAIN_ID))
    expect(comments.map((c) => c.authorName)).toEqual(['Jordan', 'Priya', 'Sam K.'])
    expect(JSON.stringify(comments)).not.toMatch(/@|authorEmail/)
  })

  it('reads the site settings and every slug', async () => {
    expect(data(await client.getSiteSettings())).toMatchObject({
      title: 'Stride & Strength Journal',
      navigation: expect.arrayContaining([{ label: 'Back health', href: '/category/back-health' }]),
    })
    expect(data(await client.listArticleSlugs())).toHaveLength(3)
  })

  it('reported nothing invalid', () => {
    expect(reported).toEqual({ invalid: [], dropped: [] })
  })
})
