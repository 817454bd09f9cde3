import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals'
import type { SanityClient } from '@sanity/client'
import { parse } from 'groq-js'
import { isCacheable } from '../src/query/resultCache'
import { EDITOR_TOKEN, startTestLake, type TestLake } from './helpers/lake'

let lake: TestLake
let editor: SanityClient

beforeAll(async () => {
  lake = await startTestLake()
  editor = lake.client(EDITOR_TOKEN)
  await editor
    .transaction()
    .create({ _id: 'author-1', _type: 'author', name: 'Ada' })
    .create({
      _id: 'post-1',
      _type: 'post',
      title: 'Published one',
      slug: { current: 'one' },
      author: { _type: 'reference', _ref: 'author-1' },
    })
    .create({
      _id: 'drafts.post-1',
      _type: 'post',
      title: 'Draft of one',
      slug: { current: 'one' },
    })
    .create({
      _id: 'drafts.post-2',
      _type: 'post',
      title: 'Only a draft',
      slug: { current: 'two' },
    })
    .commit()
})

afterAll(async () => {
  await lake.close()
})

describe('fetch', () => {
  test('binds $params and follows references', async () => {
    const result = await editor.fetch(
      '*[_type == "post" && slug.current == $slug][0]{title, "author": author->name}',
      { slug: 'one' },
    )
    expect(result).toEqual({ title: 'Published one', author: 'Ada' })
  })

  test('reads the published perspective by default from API v2025-02-19', async () => {
    const ids = await editor.fetch<string[]>('*[_type == "post"]._id')
    expect(ids).toEqual(['post-1'])
  })

  test('reads raw by default on older API versions, and with perspective "raw"', async () => {
    const expected = ['drafts.post-1', 'drafts.post-2', 'post-1']
    expect(await lake.client(EDITOR_TOKEN, '2021-10-21').fetch('*[_type == "post"]._id')).toEqual(
      expected,
    )
    expect(await editor.fetch('*[_type == "post"]._id', {}, { perspective: 'raw' })).toEqual(
      expected,
    )
  })

  test('overlays drafts on published documents with perspective "drafts" and sets _originalId', async () => {
    const docs = await editor.fetch<Array<{ _id: string; _originalId: string; title: string }>>(
      '*[_type == "post"]{_id, _originalId, title}',
      {},
      { perspective: 'drafts' },
    )
    expect(docs).toEqual([
      { _id: 'post-1', _originalId: 'drafts.post-1', title: 'Draft of one' },
      { _id: 'post-2', _originalId: 'drafts.post-2', title: 'Only a draft' },
    ])
  })

  test('accepts the deprecated previewDrafts name', async () => {
    // The client warns about the old name; the warning is expected here.
    jest.spyOn(console, 'warn').mockImplementation(() => undefined)
    const titles = await editor
      .withConfig({ perspective: 'previewDrafts' })
      .fetch('*[_id == "post-1"][0].title')
    expect(titles).toBe('Draft of one')
  })

  test('returns the raw response with filterResponse: false', async () => {
    const response = await editor.fetch('count(*)', {}, { filterResponse: false })
    expect(response).toEqual({ query: 'count(*)', result: 2, ms: expect.any(Number) })
  })

  test('binds $params in slices and element access, as Sanity does', async () => {
    const query = '*[_type == "post"] | order(_id) [$start...$end]._id'
    expect(await editor.fetch(query, { start: 0, end: 2 }, { perspective: 'raw' })).toEqual([
      'drafts.post-1',
      'drafts.post-2',
    ])
    expect(
      await editor.fetch(
        '*[_type == "post"] | order(_id desc) [$i]._id',
        { i: 0 },
        { perspective: 'raw' },
      ),
    ).toBe('post-1')
  })

  test('sends long queries by POST', async () => {
    const padding = ' '.repeat(12_000)
    expect(await editor.fetch(`count(*[_type == $type])${padding}`, { type: 'author' })).toBe(1)
  })

  test('reports GROQ syntax errors with the query position', async () => {
    const failure = await editor.fetch('*[_type == ]').catch((error: unknown) => error)
    expect(failure).toMatchObject({
      statusCode: 400,
      details: { type: 'queryParseError', query: '*[_type == ]' },
    })
  })

  test('rejects a $param the query uses but the request does not provide', async () => {
    await expect(editor.fetch('*[_id == $id]')).rejects.toMatchObject({
      statusCode: 400,
      message: expect.stringContaining('$id'),
    })
  })
})

describe('getDocument(s)', () => {
  test('gets one document by id, drafts included for a token', async () => {
    expect(await editor.getDocument('post-1')).toMatchObject({
      _id: 'post-1',
      title: 'Published one',
      _rev: expect.any(String),
    })
    expect(await editor.getDocument('drafts.post-2')).toMatchObject({ title: 'Only a draft' })
    expect(await editor.getDocument('missing')).toBeUndefined()
  })

  test('gets several documents in the requested order with null for missing ones', async () => {
    const docs = await editor.getDocuments(['drafts.post-1', 'nope', 'author-1'])
    expect(docs.map((doc) => doc?._id ?? null)).toEqual(['drafts.post-1', null, 'author-1'])
  })
})

describe('result cache', () => {
  test('a repeated query sees writes made in between', async () => {
    const query = '*[_type == "cached"] | order(n asc).n'
    expect(await editor.fetch(query)).toEqual([])
    await editor.create({ _id: 'cached-1', _type: 'cached', n: 1 })
    expect(await editor.fetch(query)).toEqual([1])
    await editor.patch('cached-1').set({ n: 2 }).commit()
    expect(await editor.fetch(query)).toEqual([2])
    await editor.delete('cached-1')
    expect(await editor.fetch(query)).toEqual([])
  })

  test('results are kept apart per perspective and parameters', async () => {
    expect(
      await editor.fetch('*[_id == $id][0].title', { id: 'post-1' }, { perspective: 'published' }),
    ).toBe('Published one')
    expect(
      await editor.fetch('*[_id == $id][0].title', { id: 'post-1' }, { perspective: 'drafts' }),
    ).toBe('Draft of one')
    expect(
      await editor.fetch('*[_id == $id][0].title', { id: 'post-2' }, { perspective: 'drafts' }),
    ).toBe('Only a draft')
  })

  test('queries using now() are evaluated every time', () => {
    expect(isCacheable(parse('*[_type == "deal" && startsAt <= now()]'))).toBe(false)
    expect(isCacheable(parse('*[_type == "deal"]'))).toBe(true)
  })
})
