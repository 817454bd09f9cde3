import { describe, expect, it } from '@jest/globals'
import { parseSearchQuery } from '../src/search-terms'
import { portableTextOf, searchTextFor, searchTextId } from '../src/search-text'
import {
  SYNC_BATCH,
  syncAllSearchTexts,
  type SyncClient,
  type SyncMutation,
} from '../src/search-text-sync'
import { byId, groqFetcher, loadSeed, seedReader, type SeedDocument } from './support/seed'

// The real search query over plain groq-js, whose `match` does not fold accents (like Sanity's
// hosted one): only the folded copies let an unaccented word find an accented one.

function article(id: string, title: string, text: string, publishedAt: string): SeedDocument {
  const seed = byId(loadSeed(), 'article-desk-habits')
  return {
    ...seed,
    _id: id,
    title,
    slug: { _type: 'slug', current: id },
    excerpt: `About ${title}.`,
    publishedAt,
    body: [
      {
        _type: 'block',
        _key: 'b1',
        style: 'normal',
        markDefs: [],
        children: [{ _type: 'span', _key: 's1', text, marks: [] }],
      },
    ],
  }
}

/** Articles as published with the copy the webhook writes for each (and the seed's authors). */
function published(...articles: SeedDocument[]): SeedDocument[] {
  return [...loadSeed(), ...withCopies(articles)]
}

function withCopies(articles: SeedDocument[]): SeedDocument[] {
  const copies = articles.map((doc) => {
    const copy = searchTextFor({ ...doc, bodyText: portableTextOf(doc.body) })
    if (!copy) throw new Error(`no copy for ${doc._id}`)
    return { ...copy }
  })
  return [...articles, ...copies]
}

async function search(docs: SeedDocument[], query: string, page = 1, pageSize = 10) {
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

const titles = (page: { items: { title: string }[] }) => page.items.map((hit) => hit.title)

const creme = article(
  'a-creme',
  'Crème brûlée after a run',
  'Dessert at the café.',
  '2025-02-01T00:00:00Z',
)
const plain = article(
  'a-plain',
  'Walking breaks',
  'A walk to the cafe and back.',
  '2025-03-01T00:00:00Z',
)

describe('search over the folded copies on an engine whose match does not fold accents', () => {
  it('finds accented words with unaccented queries and the other way round', async () => {
    const docs = published(creme, plain)
    expect(titles(await search(docs, 'creme'))).toEqual(['Crème brûlée after a run'])
    expect(titles(await search(docs, 'CRÈME brulee'))).toEqual(['Crème brûlée after a run'])
    expect(titles(await search(docs, 'cafe'))).toEqual([
      'Walking breaks',
      'Crème brûlée after a run',
    ])
    expect(titles(await search(docs, 'café')).sort()).toEqual([
      'Crème brûlée after a run',
      'Walking breaks',
    ])
  })

  it('returns the article as written, so highlighting marks the accented words', async () => {
    const hit = (await search(published(creme), 'creme')).items[0]
    expect(hit).toMatchObject({ id: 'a-creme', title: 'Crème brûlée after a run' })
    expect(hit?.bodyText).toBe('Dessert at the café.')
  })

  it('ranks title over excerpt over body, newest first on ties, and pages with a stable total', async () => {
    const inBody = article('a-body', 'Notes', 'Quokkaflex in the body.', '2025-05-01T00:00:00Z')
    const inTitle = article('a-title', 'Quokkaflex basics', 'Nothing here.', '2025-01-01T00:00:00Z')
    const older = article('a-older', 'Notes again', 'Quokkaflex too.', '2024-01-01T00:00:00Z')
    const docs = published(inBody, inTitle, older)
    const all = await search(docs, 'quokkaflex')
    expect(all.items.map((hit) => hit.id)).toEqual(['a-title', 'a-body', 'a-older'])
    expect(all.total).toBe(3)
    const second = await search(docs, 'quokkaflex', 2, 2)
    expect({ ids: second.items.map((hit) => hit.id), total: second.total }).toEqual({
      ids: ['a-older'],
      total: 3,
    })
  })

  it('ignores a copy whose article is gone or only a draft, and never matches draft text', async () => {
    const [, copy] = withCopies([creme])
    if (!copy) throw new Error('no copy')
    const draft = { ...creme, _id: 'drafts.a-creme', title: 'Zanzibar draft' }
    expect((await search([...loadSeed(), copy], 'creme')).total).toBe(0)
    expect((await search([...loadSeed(), copy, draft], 'creme')).total).toBe(0)
    expect((await search([...published(creme), draft], 'zanzibar')).total).toBe(0)
  })

  it('finds nothing without the copies: the accents are folded there, not by the engine', async () => {
    expect((await search([...loadSeed(), creme, plain], 'creme')).total).toBe(0)
  })
})

describe('searchTextFor', () => {
  it('folds title, excerpt and body and weakly references the published article', () => {
    expect(
      searchTextFor({
        _id: 'a1',
        title: 'Crème Brûlée',
        excerpt: 'ÉTÉ',
        bodyText: 'Ça va',
        publishedAt: '2025-01-01T00:00:00Z',
      }),
    ).toEqual({
      _id: 'searchText-a1',
      _type: 'searchText',
      article: { _type: 'reference', _ref: 'a1', _weak: true },
      title: 'creme brulee',
      excerpt: 'ete',
      body: 'ca va',
      publishedAt: '2025-01-01T00:00:00Z',
    })
  })

  it('gives no copy to drafts, release versions or ids too long for a copy', () => {
    expect(searchTextId('drafts.a1')).toBeUndefined()
    expect(searchTextId('versions.r1.a1')).toBeUndefined()
    expect(searchTextId('x'.repeat(128))).toBeUndefined()
    expect(searchTextId('a1')).toBe('searchText-a1')
  })
})

describe('syncAllSearchTexts (the sync script for a hosted dataset)', () => {
  /** A dataset evaluated by groq-js that applies committed mutations, counting transactions. */
  function dataset(docs: SeedDocument[]) {
    let current = [...docs]
    const commits: SyncMutation[][] = []
    const client: SyncClient = {
      fetch: (query, params) => groqFetcher(current)(query, params),
      commit: async (mutations) => {
        commits.push(mutations)
        for (const mutation of mutations) {
          const id = 'delete' in mutation ? mutation.delete.id : mutation.createOrReplace._id
          current = current.filter((doc) => doc._id !== id)
          if ('createOrReplace' in mutation) current.push({ ...mutation.createOrReplace })
        }
      },
    }
    return { client, commits, docs: () => current }
  }

  it('writes missing and stale copies in bounded batches, drops orphans, then changes nothing', async () => {
    const many = Array.from({ length: SYNC_BATCH + 5 }, (_, i) =>
      article(`a-${String(i).padStart(3, '0')}`, `Crème ${i}`, 'Café', '2025-01-01T00:00:00Z'),
    )
    // Copies only: a stale one of the first article, and one whose article (plain) is gone.
    const [stale, orphan] = withCopies([many[0] as SeedDocument, plain]).slice(2)
    const lake = dataset([
      ...loadSeed().filter((doc) => doc._type !== 'searchText'),
      ...many,
      { ...(stale as SeedDocument), title: 'old' },
      orphan as SeedDocument,
      { ...creme, _id: 'drafts.a-draft-only' },
    ])
    const report = await syncAllSearchTexts(lake.client)
    expect(report).toEqual({ articles: many.length + 3, written: many.length + 3, deleted: 1 })
    expect(Math.max(...lake.commits.map((commit) => commit.length))).toBeLessThanOrEqual(SYNC_BATCH)
    expect((await search(lake.docs(), 'creme 104')).items.map((hit) => hit.id)).toEqual(['a-104'])
    expect(lake.docs().some((doc) => doc._id === 'searchText-a-plain')).toBe(false)
    expect(lake.docs().some((doc) => doc._id === 'searchText-drafts.a-draft-only')).toBe(false)
    lake.commits.length = 0
    expect(await syncAllSearchTexts(lake.client)).toEqual({
      articles: many.length + 3,
      written: 0,
      deleted: 0,
    })
    expect(lake.commits).toEqual([])
  })
})
