import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import Database from 'better-sqlite3'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { textsSplit } from '../src/query/textTokens'
import { openDb } from '../src/store/db'
import { DocumentTable } from '../src/store/documents'
import { importDocuments } from '../src/store/ndjson'
import { article, SEARCH } from './helpers/articles'
import { prng } from './helpers/dataset'
import { EDITOR_TOKEN, startTestLake, type TestLake } from './helpers/lake'

// Texts split per article by the background indexer: title, excerpt and pt::text(body).
const TEXTS_PER_ARTICLE = 3
const ARTICLES = 300

let dir: string

/** A data folder as a lake from before saved word lists left it: documents, no text_words table. */
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'content-lake-text-restart-'))
  const db = openDb(dir)
  const random = prng(5)
  const docs = Array.from({ length: ARTICLES }, (_, i) => article(i, random))
  importDocuments(db, new DocumentTable(db), 'production', docs)
  db.close()
})

afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function withLake<T>(work: (lake: TestLake) => Promise<T>): Promise<T> {
  const lake = await startTestLake({ dataDir: dir })
  try {
    return await work(lake)
  } finally {
    await lake.close()
  }
}

/** Ids the search finds (the first search after a start waits for the word index). */
async function search(lake: TestLake, terms: string[]): Promise<string[]> {
  const hits = await lake.client().fetch<Array<{ _id: string }>>(SEARCH, { terms })
  return hits.map((hit) => hit._id)
}

/** Texts split while `work` runs (in this process: the lake runs in it). */
async function splitsDuring(work: () => Promise<unknown>): Promise<number> {
  const before = textsSplit()
  await work()
  return textsSplit() - before
}

function savedLists(): number {
  const db = new Database(join(dir, 'lake.sqlite'), { readonly: true })
  try {
    return Number(db.prepare('SELECT count(*) FROM text_words').pluck().get())
  } finally {
    db.close()
  }
}

describe('saved word lists', () => {
  test('a data folder without the table starts, splits every article once and saves the lists', async () => {
    const splits = await splitsDuring(() =>
      withLake(async (lake) => expect(await search(lake, ['7'])).toEqual(['article-7'])),
    )
    expect(splits).toBe(ARTICLES * TEXTS_PER_ARTICLE)
    expect(savedLists()).toBe(ARTICLES)
  })

  test('a restart reads them back: no text is split and the search finds the same', async () => {
    const splits = await splitsDuring(() =>
      withLake(async (lake) => {
        expect(await search(lake, ['7'])).toEqual(['article-7'])
        expect(await search(lake, ['stretch', 'hips'])).toHaveLength(10)
        expect(lake.logs).toContainEqual(
          expect.stringMatching(/^word index of "production": 0 documents split, 300 read back/),
        )
      }),
    )
    expect(splits).toBe(0)
  })

  test('a changed document gets new lists: its new word is found and its old one is not, also after a restart', async () => {
    await withLake(async (lake) => {
      await lake.client(EDITOR_TOKEN).patch('article-7').set({ title: 'Zumbafit basics' }).commit()
      expect(await search(lake, ['zumbafit'])).toEqual(['article-7'])
      expect(await search(lake, ['7'])).toEqual([])
    })
    const splits = await splitsDuring(() =>
      withLake(async (lake) => {
        expect(await search(lake, ['zumbafit'])).toEqual(['article-7'])
        expect(await search(lake, ['7'])).toEqual([])
      }),
    )
    expect(splits).toBe(0)
  })

  test('a damaged saved list is split again, not read', async () => {
    const db = new Database(join(dir, 'lake.sqlite'))
    const damage = db.prepare('UPDATE text_words SET words = ? WHERE id = ?')
    damage.run('not json', 'article-9')
    damage.run('{"t":[[[999999999],[1]]],"k":[["s:[\\"title\\"]",[0]]]}', 'article-10')
    db.close()
    const splits = await splitsDuring(() =>
      withLake(async (lake) => {
        expect(await search(lake, ['9'])).toEqual(['article-9'])
        expect(await search(lake, ['10'])).toEqual(['article-10'])
      }),
    )
    expect(splits).toBe(2 * TEXTS_PER_ARTICLE)
  })

  test('a document deleted while the lake was stopped leaves no list behind', async () => {
    const db = openDb(dir)
    new DocumentTable(db).delete('production', 'article-8')
    db.close()
    expect(savedLists()).toBe(ARTICLES - 1)
    await withLake(async (lake) => expect(await search(lake, ['8'])).toEqual([]))
  })
})
