import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { evaluate, parse } from 'groq-js'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DatasetState, type Perspective } from '../src/dataset/state'
import { findCandidates } from '../src/query/candidates'
import { executeQuery, type QueryTarget } from '../src/query/execute'
import { narrowTree } from '../src/query/narrow'
import type { SanityDocument } from '../src/json'
import { openDb, type Db } from '../src/store/db'
import { DocumentTable } from '../src/store/documents'
import { importDocuments } from '../src/store/ndjson'
import { messyDataset } from './helpers/dataset'

const QUERIES = [
  '*[_type == "article"]',
  '*[_type == "article" && slug.current == $slug][0]{..., "author": author->{name}}',
  '*[_type == "article" && defined(slug.current)] | order(publishedAt desc)[0...10]{title, "slug": slug.current, excerpt, publishedAt, "author": author->name}',
  '*[slug.current == $slug]',
  '*["article" == _type && slug.current == $slug]._id',
  '*[(_type == "article") && (slug.current == $slug)]',
  '*[@._type == "author"]',
  '*[_id == $id]',
  '*[_id == $draftId]',
  '*[_id in $ids]{_id, title}',
  '*[_id in ["article-1", "drafts.article-1", "author-2", "nope"]]',
  '*[_type in ["author", "category"]]._id',
  '*[_type in $types]',
  '*[_type == $type && slug.current in $slugs]',
  '*[_type == "comment" && article._ref == $id]',
  '*[_type == "article"]{_id, "comments": count(*[_type == "comment" && article._ref == ^._id])}',
  '*[_type == "category"]{title, "articles": *[_type == "article" && references(^._id)]._id}',
  '*[_type == "article" || _type == "author"]._id',
  'count(*[_type == $type])',
  '*[_type == "article" && slug.current == 5]',
  '*[_type == $nothing]',
  '*[_type == "article" && references($authorId)]._id',
  '*[_type == "article"][3..7]._id',
  '*[_id in path("drafts.**")]._id',
  '{"first": *[_type == "author"][0].name, "all": count(*), "slug": *[slug.current == $slug][0]._id}',
  '*[_type == "article" && !(_id in path("drafts.**"))]._id',
  '*[_type == "nonexistent"]',
  '*[_originalId == $draftId]._id',
  '*[_type == "article"] | order(_id desc)[0]',
  '*[_type == "article" && author->name == "Author 3"]._id',
  '*[_type == "article"]{title, categories[]->{title}}',
  '*[_type == "article" && count(categories) > 1]._id',
  '*[_type == "article" && slug.current == $slug && _type == "author"]',
  '*[_type == "Article"]{_id, _type}',
  '*[_type == "page"]._id',
  '*[_type == "article" && _id == "article-3"][0].title',
  '*[_type == "article"]{"same": *[_type == "article" && slug.current == ^.slug.current]._id}[0...5]',
  // Filters and sort keys evaluated by the compiled subset.
  '*[_type == "article" && publishedAt > $date]._id',
  '*[_type == "article" && !(defined(publishedAt))]._id',
  '*[_type == "article" && publishedAt != null && count(categories) >= 1]._id',
  '*[_type != "comment" && (slug.current == $slug || title == "Article 7")]._id',
  '*[_type == "comment" && status in ["approved"]] | order(article._ref asc, _id desc)[0...7]{_id, status}',
  '*[_type == "article"] | order(publishedAt desc, _id asc)[0...10]._id',
  '*[_type == "article"] | order(publishedAt desc)[3..8]._id',
  '*[_type == "article"] | order(publishedAt asc)[0]._id',
  '*[_type == "article"] | order(publishedAt desc)[-3..-1]._id',
  '*[_type == "article"] | order(slug.current)._id',
  '*[_type == "article"] | order(lower(title) desc)[0...5]._id',
  '*[_type in ["article", "Article"] && slug.current == $obj]._id',
  '*[categories[0]._ref == "category-1"]._id',
  '*[title < "Article 5"]._id',
  '*[defined(author) && !defined(slug)]._id',
  '*[_type == "article" && (publishedAt > $date) == false]._id',
  '*[status == $nothing || title == $nothing]._id',
  '*[true]._id',
  '*[null]',
  '*[_id in $ids] | order(_id desc)',
  'count(*[_type == "article" && defined(slug.current)])',
  '*[_type == "article" && slug.current in [$slug, "slug-5", 5]]._id',
  '*[!(_type in $types) && _type != "comment"]._id',
  '*[_type == "article"] | order(defined(publishedAt), publishedAt desc)[0...4]._id',
  '*[_type == "article"] | order(_id)[$start...$end]._id',
  '*[_type == "article"] | order(publishedAt desc)[$index]._id',
  // Array traversal, filters on arrays and count(): the storefront's related-articles query.
  '*[_type == "article" && !(_id in path("drafts.**")) && _id != $id && count((categories[]._ref)[@ in $categoryIds]) > 0] | order(publishedAt desc, _id asc)[0...$end]{_id, title}',
  '*[count(categories[]._ref[@ != null]) >= 2 || "category-1" in categories[]._ref]._id',
  '*[defined(categories[][_ref in $categoryIds][0]) == false]._id',
]

const PARAM_SETS: Array<Record<string, unknown>> = [
  {
    slug: 'slug-3',
    id: 'article-3',
    draftId: 'drafts.article-3',
    ids: ['article-1', 'drafts.article-2', 'comment-4'],
    type: 'article',
    types: ['author', 'page'],
    slugs: ['slug-1', 'draft-slug-5', 'slug-9'],
    authorId: 'author-2',
    nothing: null,
    date: '2024-05-01',
    obj: { current: 'slug-3' },
    start: 2,
    end: 6,
    index: 0,
    categoryIds: ['category-1', 'category-4'],
  },
  {
    slug: 'draft-slug-7',
    id: 'fresh-2',
    draftId: 'drafts.fresh-2',
    ids: [],
    type: 'comment',
    types: ['article'],
    slugs: [],
    authorId: 'author-13',
    nothing: 'x',
    date: '2024-11',
    obj: [1],
    start: 0,
    end: 1,
    index: 3,
    categoryIds: [],
  },
  {
    slug: 'slug-0',
    id: 'author-1',
    draftId: 'versions.rABC.article-4',
    ids: ['author-1', 'author-1'],
    type: 'Article',
    types: [],
    slugs: ['slug-0'],
    authorId: 'author-0',
    nothing: 1,
    date: 5,
    obj: null,
    start: 5,
    end: 3,
    index: -1,
    categoryIds: ['category-2', null, 5],
  },
]

const PERSPECTIVES: Perspective[] = ['raw', 'published', 'drafts']

let dir: string
let db: Db
let target: QueryTarget

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'content-lake-narrow-'))
  db = openDb(dir)
  const table = new DocumentTable(db)
  const docs = messyDataset()
  importDocuments(db, table, 'production', docs)
  const state = new DatasetState('production')
  state.apply(docs.map((doc) => ({ id: doc._id, after: doc })))
  // This suite compares results, not speed: quadratic cases may outlast the 5 s default on a busy machine.
  const limits = { timeoutMs: 300_000, maxWork: 1_000_000_000, maxResultBytes: 1 << 30 }
  target = { state, table, projectId: 'local', limits }
})

afterAll(() => {
  db.close()
  rmSync(dir, { recursive: true, force: true })
})

async function fullScan(
  query: string,
  params: Record<string, unknown>,
  perspective: Perspective,
): Promise<unknown> {
  // Parameters are bound at parse time, as the lake (and Sanity) do.
  const value = await evaluate(parse(query, { params }), {
    dataset: target.state.view(perspective).array(),
    params,
    sanity: { projectId: 'local', dataset: 'production' },
  })
  return value.get()
}

describe('narrowed evaluation equals a full groq-js scan', () => {
  // Queries without $params need only one parameter set.
  const cases = QUERIES.flatMap((query) =>
    PERSPECTIVES.flatMap((perspective) =>
      (query.includes('$') ? PARAM_SETS : PARAM_SETS.slice(0, 1)).map((params, set) => ({
        query,
        perspective,
        params,
        set,
      })),
    ),
  )

  test.each(cases)('$perspective #$set $query', async ({ query, perspective, params }) => {
    const narrowed = await executeQuery(target, { query, params, view: perspective })
    expect(narrowed).toEqual(await fullScan(query, params, perspective))
  })
})

describe('narrowing actually narrows', () => {
  function candidateCounts(
    query: string,
    params: Record<string, unknown>,
    perspective: Perspective,
  ): { counts: number[]; needsDataset: boolean } {
    const counts: number[] = []
    const { needsDataset } = narrowTree(parse(query), params, (constraints) => {
      const docs = findCandidates(target.state, target.table, perspective, constraints)
      counts.push(docs?.length ?? -1)
      return docs
    })
    return { counts, needsDataset }
  }

  test('article by slug reads only the documents with that slug, and never the whole dataset', () => {
    const result = candidateCounts(
      '*[_type == "article" && slug.current == $slug][0]{..., "author": author->{name}}',
      { slug: 'slug-3' },
      'published',
    )
    expect(result.needsDataset).toBe(false)
    expect(result.counts).toHaveLength(1)
    expect(result.counts[0]).toBeLessThanOrEqual(2)
  })

  test('ids come straight from the view; sub-queries are narrowed too', () => {
    expect(candidateCounts('*[_id in $ids]', { ids: ['author-1', 'nope'] }, 'raw')).toEqual({
      counts: [1],
      needsDataset: false,
    })
    const nested = candidateCounts(
      '*[_type == "category"]{"n": count(*[_type == "comment" && article._ref == ^._id])}',
      {},
      'raw',
    )
    expect(nested.needsDataset).toBe(false)
    expect(nested.counts.sort((a, b) => a - b)).toEqual([6, 50])
  })

  test('a filter without indexed equality is evaluated over the whole dataset', () => {
    expect(candidateCounts('*[_type == "article" || references("author-1")]', {}, 'raw')).toEqual({
      counts: [],
      needsDataset: true,
    })
  })
})

describe('a filter that joins with `->` stays compiled', () => {
  const query =
    '*[_type == "searchText" && title match $terms && defined(article->_id)] | order(_id asc)'
  const system = {
    _rev: 'r1',
    _createdAt: '2025-01-01T00:00:00Z',
    _updatedAt: '2025-01-01T00:00:00Z',
  }
  const docs: SanityDocument[] = [
    { ...system, _id: 'a1', _type: 'article' },
    {
      ...system,
      _id: 'searchText-a1',
      _type: 'searchText',
      title: 'creme',
      article: { _ref: 'a1' },
    },
    {
      ...system,
      _id: 'searchText-gone',
      _type: 'searchText',
      title: 'creme',
      article: { _ref: 'gone' },
    },
  ]
  const byId = new Map(docs.map((doc) => [doc._id, doc]))
  const filters = (deref?: (id: string) => unknown) => {
    const { tree } = narrowTree(
      parse(query),
      { terms: ['creme'] },
      () => docs.filter((doc) => doc._type === 'searchText'),
      () => docs,
      () => undefined,
      deref,
    )
    return JSON.stringify(tree).match(/"type":"Filter"/g)?.length ?? 0
  }

  test('with the dereference hook the join is applied here; without it groq-js filters', async () => {
    expect(filters((id) => byId.get(id) ?? null)).toBe(0)
    expect(filters()).toBe(1)
    const { tree } = narrowTree(
      parse(query),
      { terms: ['creme'] },
      () => docs.filter((doc) => doc._type === 'searchText'),
      () => docs,
      () => undefined,
      (id) => byId.get(id) ?? null,
    )
    const value = await (await evaluate(tree, { params: { terms: ['creme'] } })).get()
    expect(value).toEqual([docs[1]])
  })
})
