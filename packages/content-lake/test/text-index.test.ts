import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { evaluate, parse } from 'groq-js'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { SanityDocument } from '../src/json'
import { loadDataset, wordStore } from '../src/lake/core'
import { executeQuery, type QueryTarget } from '../src/query/execute'
import { isIndexed } from '../src/query/textIndex'
import { textsSplit } from '../src/query/textTokens'
import { openDb, type Db } from '../src/store/db'
import { DocumentTable } from '../src/store/documents'
import { importDocuments } from '../src/store/ndjson'
import { TextWordTable } from '../src/store/textWords'
import { article, SEARCH } from './helpers/articles'
import { prng } from './helpers/dataset'

// Enough articles that splitting them inside one query would show in the count, few enough to be quick.
const ARTICLES = 400

let dir: string
let db: Db
let table: DocumentTable

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'content-lake-text-index-'))
  db = openDb(dir)
  table = new DocumentTable(db)
  const random = prng(11)
  const docs = Array.from({ length: ARTICLES }, (_, i) => article(i, random))
  importDocuments(db, table, 'production', docs)
})

afterAll(() => {
  db.close()
  rmSync(dir, { recursive: true, force: true })
})

/** The dataset as the lake opens it at start. */
function open(): QueryTarget {
  return { state: loadDataset(table, 'production'), table, projectId: 'local' }
}

const search = (target: QueryTarget, terms: string[], view: 'published' | 'drafts' = 'published') =>
  executeQuery(target, { query: SEARCH, params: { terms }, view })

async function groqJs(target: QueryTarget, terms: string[]): Promise<unknown> {
  const params = { terms }
  const value = await evaluate(parse(SEARCH, { params }), {
    dataset: target.state.view('published').array(),
    params,
  })
  return value.get()
}

describe('the word index of a dataset', () => {
  test('is built after opening without a query, and the first search splits no text', async () => {
    const target = open()
    await target.state.texts.ready()
    const docs = target.state.view('published').array()
    expect(docs.every(isIndexed)).toBe(true)
    const before = textsSplit()
    const result = await search(target, ['stretch', 'core'])
    expect(textsSplit() - before).toBe(0)
    expect(result).toEqual(await groqJs(target, ['stretch', 'core']))
  })

  test('a search sent right after opening waits for it instead of splitting every article itself', async () => {
    const target = open()
    expect(target.state.texts.pending).toBe(ARTICLES)
    const before = textsSplit()
    const result = await search(target, ['walk*'])
    expect(target.state.texts.pending).toBe(0)
    // Title, excerpt and body once per article, by the indexer: none split twice by the query.
    expect(textsSplit() - before).toBe(ARTICLES * 3)
    expect(result).toEqual(await groqJs(target, ['walk*']))
  })

  test('keeps in step with writes, also in the drafts perspective', async () => {
    const target = open()
    await target.state.texts.ready()
    const draft: SanityDocument = {
      ...article(7, prng(3)),
      _id: 'drafts.article-7',
      title: 'Zumbafit for beginners',
    }
    target.state.apply([{ id: draft._id, after: draft }])
    await target.state.texts.ready()
    const before = textsSplit()
    expect(await search(target, ['zumbafit'], 'drafts')).toEqual([
      { _id: 'article-7', _score: expect.any(Number) },
    ])
    expect(await search(target, ['zumbafit'])).toEqual([])
    expect(textsSplit() - before).toBe(0)
  })
})

describe('saved word lists in one process', () => {
  test('a dataset opened again reads back the lists it saved (words numbered since the start included)', async () => {
    const words = new TextWordTable(db)
    const opened = () => ({
      state: loadDataset(
        table,
        'production',
        wordStore(words, 'production', () => undefined),
      ),
      table,
      projectId: 'local',
    })
    const first = opened()
    await first.state.texts.ready()
    expect(words.count('production')).toBe(ARTICLES)
    const again = opened()
    const before = textsSplit()
    await again.state.texts.ready()
    expect(textsSplit() - before).toBe(0)
    expect(await search(again, ['stretch', 'core'])).toEqual(
      await groqJs(again, ['stretch', 'core']),
    )
  })
})
