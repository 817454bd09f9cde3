import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { evaluate, parse } from 'groq-js'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DatasetState } from '../src/dataset/state'
import type { SanityDocument } from '../src/json'
import { executeQuery, type QueryTarget } from '../src/query/execute'
import { narrowTree } from '../src/query/narrow'
import { openDb, type Db } from '../src/store/db'
import { DocumentTable } from '../src/store/documents'
import { importDocuments } from '../src/store/ndjson'
import { prng } from './helpers/dataset'

// The storefront's related-articles query: every article page sends it with its own $id.
const RELATED =
  '*[_type == "article" && !(_id in path("drafts.**")) && _id != $id && count((categories[]._ref)[@ in $categoryIds]) > 0] | order(publishedAt desc, _id asc)[0...$limit]{_id, publishedAt}'

const QUERIES = [
  RELATED,
  '*[_type == "article"] | order(publishedAt desc, _id asc)[$start...$end]._id',
  '*[_type == "article" && count(categories) > 1] | order(title asc)[0]._id',
  '*[_type == "article" && publishedAt > "2024-06"] | order(publishedAt asc)[2..4]._id',
  '*[_type == "category"] | order(title desc)[0...2]._id',
]

const PARAM_SETS = [
  { id: 'article-007', categoryIds: ['category-1'], limit: 3, start: 0, end: 10 },
  { id: 'article-100', categoryIds: ['category-0', 'category-3'], limit: 12, start: 5, end: 8 },
  { id: 'nope', categoryIds: [], limit: 3, start: 0, end: 1 },
]

const stamp = '2025-01-01T00:00:00Z'

function doc(fields: Record<string, unknown> & { _id: string; _type: string }): SanityDocument {
  return { _rev: 'r0', _createdAt: stamp, _updatedAt: stamp, ...fields }
}

/** Mostly articles (so no index narrows `_type == "article"`), with tied, missing and null dates. */
function dataset(): SanityDocument[] {
  const random = prng(7)
  const docs: SanityDocument[] = []
  for (let i = 0; i < 4; i++)
    docs.push(doc({ _id: `category-${i}`, _type: 'category', title: `Category ${i}` }))
  for (let i = 0; i < 300; i++) {
    const day = Math.floor(random() * 40)
    const article = doc({
      _id: `article-${String(i).padStart(3, '0')}`,
      _type: 'article',
      title: `Article ${Math.floor(random() * 50)}`,
      publishedAt:
        day === 0 ? null : `2024-${String(1 + (day % 12)).padStart(2, '0')}-0${1 + (day % 3)}`,
      categories: [0, 1].slice(0, Math.floor(random() * 3)).map((k) => ({
        _key: `k${k}`,
        _type: 'reference',
        _ref: `category-${Math.floor(random() * 4)}`,
      })),
    })
    docs.push(article)
    if (random() < 0.1) docs.push({ ...article, _id: `drafts.${article._id}`, title: 'Draft' })
  }
  return docs
}

let dir: string
let db: Db
let table: DocumentTable
let target: QueryTarget

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'content-lake-ordered-'))
  db = openDb(dir)
  table = new DocumentTable(db)
  const docs = dataset()
  importDocuments(db, table, 'production', docs)
  const state = new DatasetState('production')
  state.apply(docs.map((doc) => ({ id: doc._id, after: doc })))
  target = { state, table, projectId: 'local' }
})

afterAll(() => {
  db.close()
  rmSync(dir, { recursive: true, force: true })
})

async function fullScan(query: string, params: Record<string, unknown>): Promise<unknown> {
  const value = await evaluate(parse(query, { params }), {
    dataset: target.state.view('raw').array(),
    params,
  })
  return value.get()
}

async function expectSameAsFullScan(): Promise<void> {
  for (const query of QUERIES)
    for (const params of PARAM_SETS) {
      const narrowed = await executeQuery(target, { query, params, view: 'raw' })
      expect({ query, params, result: narrowed }).toEqual({
        query,
        params,
        result: await fullScan(query, params),
      })
    }
}

describe('an ordered prefix read from the sorted view', () => {
  test('equals a full groq-js scan, also when asked again', async () => {
    await expectSameAsFullScan()
    await expectSameAsFullScan()
  })

  test('follows changes: a new newest article, a deleted one, a changed category', async () => {
    const changed = [
      doc({
        _id: 'article-150',
        _type: 'article',
        publishedAt: '2025-12-31',
        categories: [{ _key: 'a', _ref: 'category-1' }],
      }),
      doc({ _id: 'article-201', _type: 'article', publishedAt: '2024-03-02', categories: [] }),
    ]
    importDocuments(db, table, 'production', changed)
    target.state.apply([
      ...changed.map((doc) => ({ id: doc._id, after: doc })),
      { id: 'article-002', after: null },
    ])
    await expectSameAsFullScan()
    const related = await executeQuery(target, {
      query: RELATED,
      params: PARAM_SETS[0] ?? {},
      view: 'raw',
    })
    expect(related).toEqual(
      expect.arrayContaining([{ _id: 'article-150', publishedAt: '2025-12-31' }]),
    )
  })
})

describe('the related articles of an article page', () => {
  /** 2,000 articles in one category whose fields count how often a query reads them. */
  function countedArticles(reads: { categories: number; publishedAt: number }): SanityDocument[] {
    return Array.from({ length: 2000 }, (_, i) => {
      const article = doc({ _id: `article-${String(i).padStart(4, '0')}`, _type: 'article' })
      const publishedAt = `2024-01-01T00:00:${String(i % 60).padStart(2, '0')}Z`
      Object.defineProperty(article, 'publishedAt', {
        enumerable: true,
        get: () => (reads.publishedAt++, publishedAt),
      })
      Object.defineProperty(article, 'categories', {
        enumerable: true,
        get: () => (reads.categories++, [{ _ref: 'category-1' }]),
      })
      return article
    })
  }

  test('read a few articles, not every article, and sort the dataset once', () => {
    const reads = { categories: 0, publishedAt: 0 }
    const docs = countedArticles(reads)
    const related = (id: string) => {
      const params = { id, categoryIds: ['category-1'], limit: 3 }
      const { tree } = narrowTree(
        parse(RELATED, { params }),
        params,
        () => null,
        () => docs,
      )
      expect(tree.type).not.toBe('Everything')
    }
    related('article-0001')
    expect(reads.categories).toBeLessThanOrEqual(4)
    const sorting = reads.publishedAt
    expect(sorting).toBeGreaterThanOrEqual(2000)
    related('article-0002')
    // The next page's query reuses the sorted view: no date is read again.
    expect(reads.categories).toBeLessThanOrEqual(8)
    expect(reads.publishedAt).toBe(sorting)
  })
})
