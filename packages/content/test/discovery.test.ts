import { describe, expect, it } from '@jest/globals'
import { parseSearchQuery } from '../src/search-terms'
import { byId, loadSeed, seedReader, type SeedDocument } from './support/seed'

const NOW = new Date('2025-06-01T12:00:00.000Z')

function deal(id: string, fields: Record<string, unknown>): SeedDocument {
  return {
    _id: id,
    _type: 'deal',
    _rev: `rev-${id}`,
    _updatedAt: '2025-05-01T00:00:00.000Z',
    label: "Today's deal",
    message: `message of ${id}`,
    priority: 0,
    enabled: true,
    ...fields,
  }
}

async function dealsPageOf(deals: SeedDocument[]) {
  const result = await seedReader(deals).client.getDealsPage(NOW)
  if (!result.ok) throw new Error(JSON.stringify(result.error))
  return result.data
}

describe('getDealsPage', () => {
  it('lists every live deal by priority and only announced upcoming ones, soonest first', async () => {
    const page = await dealsPageOf([
      deal('low', { priority: 1, endsAt: '2025-06-05T00:00:00Z' }),
      deal('high', { priority: 5, link: '/category/back-health' }),
      deal('later', { announce: true, startsAt: '2025-06-10T00:00:00Z' }),
      deal('sooner', { announce: true, startsAt: '2025-06-03T00:00:00Z' }),
      deal('secret', { startsAt: '2025-06-02T00:00:00Z' }),
      deal('disabled', { enabled: false, announce: true, startsAt: '2025-06-02T00:00:00Z' }),
      deal('over', { endsAt: '2025-06-01T11:00:00Z' }),
      deal('drafts.high', { priority: 99 }),
    ])
    expect(page.live.map((d) => d.id)).toEqual(['high', 'low'])
    expect(page.live[0]).toMatchObject({ href: '/category/back-health', label: "Today's deal" })
    expect(page.upcoming.map((d) => d.id)).toEqual(['sooner', 'later'])
    // The unannounced deal still starts on time: the page must change then.
    expect(page.nextChangeAt).toBe('2025-06-02T00:00:00.000Z')
  })

  it('is empty with no deals, and never changes on its own', async () => {
    expect(await dealsPageOf([])).toEqual({ live: [], upcoming: [], nextChangeAt: null })
  })
})

async function searchSeed(query: string, page = 1, pageSize = 10, docs = loadSeed()) {
  const parsed = parseSearchQuery(query)
  if (!parsed.ok) throw new Error(parsed.reason)
  const result = await seedReader(docs).client.searchArticles({
    patterns: parsed.patterns,
    page,
    pageSize,
  })
  if (!result.ok) throw new Error(JSON.stringify(result.error))
  return result.data
}

describe('searchArticles', () => {
  it('ranks a title match above body-only matches', async () => {
    const result = await searchSeed('lower back pain')
    expect(result.items[0]?.slug).toBe('how-to-prevent-lower-back-pain-after-exercise')
    expect(result.total).toBeGreaterThanOrEqual(1)
    expect(result.items[0]?.bodyText.length).toBeGreaterThan(1000)
  })

  it('requires every word, in any field, case-insensitively', async () => {
    expect((await searchSeed('COOL-DOWN')).items.map((hit) => hit.slug)).toEqual([
      'ten-minute-cool-down-after-your-workout',
    ])
    expect((await searchSeed('zebra backpack')).total).toBe(0)
  })

  it('pages through the hits with a stable total', async () => {
    const all = await searchSeed('back', 1, 10)
    expect(all.total).toBeGreaterThanOrEqual(2)
    const first = await searchSeed('back', 1, 1)
    const second = await searchSeed('back', 2, 1)
    expect(first.total).toBe(all.total)
    expect(first.pageCount).toBe(all.total)
    expect([first.items[0]?.id, second.items[0]?.id]).toEqual(
      all.items.slice(0, 2).map((i) => i.id),
    )
  })

  it('never finds drafts', async () => {
    const docs = loadSeed()
    const draft = {
      ...byId(docs, 'article-desk-habits'),
      _id: 'drafts.article-desk-habits',
      title: 'Zanzibar secret',
    }
    expect((await searchSeed('zanzibar', 1, 10, [...docs, draft])).total).toBe(0)
  })
})

describe('listFeedArticles and getSitemapEntries', () => {
  it('gives the newest articles with their last change', async () => {
    const result = await seedReader(loadSeed()).client.listFeedArticles(2)
    if (!result.ok) throw new Error('feed failed')
    expect(result.data).toHaveLength(2)
    expect(result.data[0]?.updatedAt).toMatch(/^\d{4}-/)
  })

  it('lists published articles and categories only, with lastmod from _updatedAt', async () => {
    const docs = loadSeed()
    const draft = {
      ...byId(docs, 'article-desk-habits'),
      _id: 'drafts.new-one',
      slug: { _type: 'slug', current: 'draft-only' },
    }
    const result = await seedReader([...docs, draft]).client.getSitemapEntries()
    if (!result.ok) throw new Error('sitemap failed')
    const slugs = result.data.articles.map((a) => a.slug)
    expect(slugs).toHaveLength(3)
    expect(slugs).not.toContain('draft-only')
    expect(result.data.categories).toHaveLength(3)
    expect(result.data.articles[0]?.updatedAt).toBe(
      docs.find((d) => (d.slug as { current: string } | undefined)?.current === slugs[0])
        ?._updatedAt,
    )
  })
})
