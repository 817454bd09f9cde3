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
import { LakeError } from '../src/errors'
import { prng } from './helpers/dataset'

const WORDS = [
  'back',
  'backs',
  'pain',
  'stretch',
  'core',
  'walk',
  'Walking',
  'the',
  'x.y',
  'a',
  'don’t',
  '3.5',
]

/** Articles with random titles, excerpts and Portable Text bodies, some fields missing or not text. */
function textDataset(): SanityDocument[] {
  const random = prng(7)
  const pick = () => WORDS[Math.floor(random() * WORDS.length)] ?? ''
  const words = (n: number) => Array.from({ length: n }, pick).join(random() < 0.5 ? ' ' : ', ')
  return Array.from({ length: 120 }, (_, i) => {
    const block = (text: string) => ({
      _type: 'block',
      _key: `b${i}`,
      children: [{ _type: 'span', text }],
    })
    return {
      _id: `article-${i}`,
      _type: 'article',
      _rev: 'r0',
      _createdAt: '2025-01-01T00:00:00Z',
      _updatedAt: '2025-01-01T00:00:00Z',
      title: random() < 0.9 ? words(3) : 42,
      excerpt: random() < 0.8 ? words(6) : null,
      tags: random() < 0.5 ? [words(1), 7, words(1)] : undefined,
      body: random() < 0.9 ? [block(words(20)), block(words(15)), { _type: 'image' }] : undefined,
      publishedAt: `2024-01-${String(1 + (i % 28)).padStart(2, '0')}T00:00:00Z`,
    } as SanityDocument
  })
}

const SEARCH = `*[_type == "article" && !(_id in path("drafts.**")) && [title, excerpt, pt::text(body)] match $terms]
  | score(boost(title match $terms, 6), boost(excerpt match $terms, 3), pt::text(body) match $terms)
  | order(_score desc, publishedAt desc, _id asc)[0...15]{_id, _score}`

const QUERIES = [
  SEARCH,
  'count(*[[title, excerpt, pt::text(body)] match $terms])',
  '*[title match $terms]._id',
  '*[tags match $terms]._id',
  '*[pt::text(body) match $terms] | order(_id)[0...10]._id',
  '*[_type == "article"] | score(title match $terms && excerpt match $terms, tags match $terms || true)[0...20]{_id, _score}',
]

const TERM_SETS: unknown[] = [
  ['back'],
  ['back*'],
  ['walk*', 'pain'],
  ['b*k'],
  ['*'],
  ['x.y'],
  ['x*'],
  ['3.5'],
  ['don’t'],
  'stretch core',
  [],
  [''],
  ['back', 5],
  null,
]

let dir: string
let db: Db
let target: QueryTarget

/** Stores documents (the `_type` index) and makes them visible, as a commit does. */
function write(docs: SanityDocument[]): void {
  importDocuments(db, target.table, 'production', docs)
  target.state.apply(docs.map((doc) => ({ id: doc._id, after: doc })))
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'content-lake-text-'))
  db = openDb(dir)
  target = {
    state: new DatasetState('production'),
    table: new DocumentTable(db),
    projectId: 'local',
  }
  write(textDataset())
})

afterAll(() => {
  db.close()
  rmSync(dir, { recursive: true, force: true })
})

async function fullScan(query: string, params: Record<string, unknown>): Promise<unknown> {
  const value = await evaluate(parse(query, { params }), {
    dataset: target.state.view('published').array(),
    params,
  })
  return value.get()
}

describe('compiled match and score equal groq-js on text without accents', () => {
  const cases = QUERIES.flatMap((query) => TERM_SETS.map((terms) => ({ query, terms })))
  test.each(cases)('$terms: $query', async ({ query, terms }) => {
    const params = { terms }
    const lake = await executeQuery(target, { query, params, view: 'published' })
    expect(lake).toEqual(await fullScan(query, params))
  })

  test('the search query is evaluated by the lake, not by a groq-js scan', () => {
    const { needsDataset } = narrowTree(
      parse(SEARCH, { params: { terms: ['back'] } }),
      {},
      () => null,
      () => target.state.view('published').array(),
    )
    expect(needsDataset).toBe(false)
  })
})

describe('match folds accents on both sides', () => {
  const accented = (id: string, title: string, text: string): SanityDocument => ({
    _id: id,
    _type: 'note',
    _rev: 'r1',
    _createdAt: '2025-01-01T00:00:00Z',
    _updatedAt: '2025-01-01T00:00:00Z',
    title,
    body: [{ _type: 'block', _key: 'a', children: [{ _type: 'span', text }] }],
  })

  test('"cafe" finds "Café" and "café" finds "cafe", with the same score', async () => {
    const docs = [
      accented('note-1', 'Le Café', 'Crème brûlée après la séance'),
      accented('note-2', 'A cafe stop', 'Creme brulee'),
      accented('note-3', 'Tea', 'nothing here'),
    ]
    write(docs)
    const search = (terms: string[]) =>
      executeQuery(target, {
        query:
          '*[_type == "note" && [title, pt::text(body)] match $terms] | score(title match $terms, pt::text(body) match $terms) | order(_id){_id, _score}',
        params: { terms },
        view: 'published',
      })
    const plain = [
      { _id: 'note-1', _score: 2 },
      { _id: 'note-2', _score: 2 },
    ]
    expect(await search(['cafe', 'creme'])).toEqual(plain)
    expect(await search(['CAFÉ', 'crème'])).toEqual(plain)
    expect(await search(['bru*'])).toEqual([
      { _id: 'note-1', _score: 1 },
      { _id: 'note-2', _score: 1 },
    ])
    // groq-js alone compares accented letters as they are.
    expect(await fullScan('*[_type == "note" && title match "cafe"]._id', {})).toEqual(['note-2'])
  })

  test('a new version of a document is searched by its new words', async () => {
    const query = '*[_type == "note" && pt::text(body) match "seance"]._id'
    expect(await executeQuery(target, { query, params: {}, view: 'published' })).toEqual(['note-1'])
    const changed = accented('note-1', 'Le Café', 'Étirements du matin')
    write([changed])
    expect(await executeQuery(target, { query, params: {}, view: 'published' })).toEqual([])
    expect(
      await executeQuery(target, {
        query: '*[_type == "note" && pt::text(body) match "etirement*"]._id',
        params: {},
        view: 'published',
      }),
    ).toEqual(['note-1'])
  })
})

describe('a search over many unsplit documents', () => {
  test('stops with the lake when it shuts down, like any query', async () => {
    const fresh = textDataset().map((doc) => ({ ...doc, _id: `fresh-${doc._id}` }))
    write(fresh)
    const controller = new AbortController()
    controller.abort()
    const stopped = executeQuery(
      { ...target, signal: controller.signal },
      { query: SEARCH, params: { terms: ['back'] }, view: 'published' },
    )
    await expect(stopped).rejects.toBeInstanceOf(LakeError)
    await expect(stopped).rejects.toMatchObject({ status: 503 })
  })
})
