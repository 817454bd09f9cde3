import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { SanityClient } from '@sanity/client'
import { EDITOR_TOKEN, startTestLake, type TestLake } from './helpers/lake'

let lake: TestLake
let client: SanityClient

beforeAll(async () => {
  lake = await startTestLake()
  client = lake.client(EDITOR_TOKEN)
})

afterAll(async () => {
  await lake.close()
})

describe('create', () => {
  test('creates a document with system fields and a fresh revision', async () => {
    const doc = await client.create({ _id: 'c-1', _type: 'note', text: 'hello' })
    expect(doc).toMatchObject({
      _id: 'c-1',
      _type: 'note',
      text: 'hello',
      _rev: expect.any(String),
    })
    expect(doc._createdAt).toBe(doc._updatedAt)
    expect(Date.parse(doc._createdAt)).not.toBeNaN()
  })

  test('generates an id when none is given, and a suffix for "drafts."', async () => {
    const plain = await client.create({ _type: 'note' })
    const draft = await client.create({ _id: 'drafts.', _type: 'note' })
    expect(plain._id).toMatch(/^[A-Za-z0-9]{22}$/)
    expect(draft._id).toMatch(/^drafts\.[A-Za-z0-9]{22}$/)
  })

  test('refuses to create an existing id with 409', async () => {
    await client.create({ _id: 'c-2', _type: 'note' })
    await expect(client.create({ _id: 'c-2', _type: 'note' })).rejects.toMatchObject({
      statusCode: 409,
      message: expect.stringContaining('already exists'),
    })
  })

  test('createOrReplace replaces the whole document and changes _rev', async () => {
    const first = await client.createOrReplace({ _id: 'c-3', _type: 'note', a: 1, b: 2 })
    const second = await client.createOrReplace({ _id: 'c-3', _type: 'note', a: 3 })
    expect(second).toMatchObject({ a: 3, _createdAt: first._createdAt })
    expect(second).not.toHaveProperty('b')
    expect(second._rev).not.toBe(first._rev)
  })

  test('createIfNotExists leaves an existing document alone', async () => {
    const created = await client.createIfNotExists({ _id: 'c-4', _type: 'note', v: 1 })
    const again = await client.createIfNotExists({ _id: 'c-4', _type: 'note', v: 2 })
    expect(again).toMatchObject({ v: 1, _rev: created._rev })
  })

  test('returns ids only when returnDocuments is false', async () => {
    const result = await client.create({ _id: 'c-5', _type: 'note' }, { returnDocuments: false })
    expect(result).toEqual({
      transactionId: expect.any(String),
      results: [{ id: 'c-5', operation: 'create' }],
      documentId: 'c-5',
    })
  })
})

describe('patch', () => {
  test('set and inc in one commit', async () => {
    await client.create({ _id: 'p-1', _type: 'counter', count: 1, meta: { label: 'a' } })
    const patched = await client
      .patch('p-1')
      .set({ 'meta.label': 'b', title: 'T' })
      .inc({ count: 2 })
      .commit()
    expect(patched).toMatchObject({ count: 3, meta: { label: 'b' }, title: 'T' })
  })

  test('rejects a stale ifRevisionId with 409 and writes nothing', async () => {
    const doc = await client.create({ _id: 'p-2', _type: 'counter', count: 0 })
    await client.patch('p-2').inc({ count: 1 }).commit()
    const stale = client.patch('p-2').ifRevisionId(doc._rev).inc({ count: 100 }).commit()
    await expect(stale).rejects.toMatchObject({
      statusCode: 409,
      message: expect.stringContaining('revision'),
    })
    expect(await client.getDocument('p-2')).toMatchObject({ count: 1 })
  })

  test('a current ifRevisionId passes', async () => {
    const doc = await client.create({ _id: 'p-3', _type: 'counter', count: 0 })
    await expect(
      client.patch('p-3').ifRevisionId(doc._rev).dec({ count: 1 }).commit(),
    ).resolves.toMatchObject({ count: -1 })
  })

  test('array operations: append, prepend, insert by _key, unset and splice', async () => {
    await client.create({
      _id: 'p-4',
      _type: 'list',
      items: [
        { _key: 'a', v: 1 },
        { _key: 'c', v: 3 },
      ],
      tags: [],
    })
    // One insert per patch (the client merges insert operations of one patch), several patches per transaction.
    await client
      .transaction()
      .patch('p-4', (p) => p.insert('after', 'items[_key=="a"]', [{ _key: 'b', v: 2 }]))
      .patch('p-4', (p) => p.append('tags', ['x']))
      .patch('p-4', (p) => p.prepend('tags', ['w']))
      .commit()
    await client.patch('p-4').unset(['items[_key=="c"]']).set({ 'items[_key=="a"].v': 10 }).commit()
    const doc = await client.patch('p-4').splice('tags', 1, 0, ['between']).commit()
    expect(doc.items).toEqual([
      { _key: 'a', v: 10 },
      { _key: 'b', v: 2 },
    ])
    expect(doc.tags).toEqual(['w', 'between', 'x'])
  })

  test('diffMatchPatch edits a string', async () => {
    await client.create({ _id: 'p-5', _type: 'note', text: 'Hello world' })
    const doc = await client
      .patch('p-5')
      .diffMatchPatch({ text: '@@ -1,11 +1,13 @@\n Hello \n+big \n world\n' })
      .commit()
    expect(doc.text).toBe('Hello big world')
  })

  test('patching a missing document fails with 404 documentNotFoundError', async () => {
    await expect(client.patch('nope').set({ a: 1 }).commit()).rejects.toMatchObject({
      statusCode: 404,
      details: {
        type: 'mutationError',
        items: [{ error: { type: 'documentNotFoundError', id: 'nope' } }],
      },
    })
  })

  test('patch by query updates every match', async () => {
    await client
      .transaction()
      .create({ _id: 'q-1', _type: 'bulk', n: 1 })
      .create({ _id: 'q-2', _type: 'bulk', n: 2 })
      .commit()
    const result = await client
      .patch({ query: '*[_type == "bulk"]' })
      .set({ seen: true })
      .commit({ returnDocuments: false })
    expect(result.results.map((r) => r.id).sort()).toEqual(['q-1', 'q-2'])
    expect(await client.fetch('*[_type == "bulk" && seen]._id')).toHaveLength(2)
  })
})

describe('transactions and deletes', () => {
  test('a transaction that fails commits none of its mutations', async () => {
    const failing = client
      .transaction()
      .create({ _id: 't-1', _type: 'note' })
      .patch('t-missing', (p) => p.set({ a: 1 }))
      .commit()
    await expect(failing).rejects.toMatchObject({ statusCode: 404 })
    expect(await client.getDocument('t-1')).toBeUndefined()
  })

  test('a transaction applies its mutations in order under one transaction id', async () => {
    const result = await client
      .transaction()
      .create({ _id: 't-2', _type: 'note', n: 1 })
      .patch('t-2', (p) => p.inc({ n: 1 }))
      .commit()
    const doc = await client.getDocument('t-2')
    expect(doc).toMatchObject({ n: 2, _rev: result.transactionId })
  })

  test('dryRun validates without writing', async () => {
    await client.create({ _id: 'd-1', _type: 'note' }, { dryRun: true })
    expect(await client.getDocument('d-1')).toBeUndefined()
  })

  test('delete by id and by query', async () => {
    await client
      .transaction()
      .create({ _id: 'x-1', _type: 'gone' })
      .create({ _id: 'x-2', _type: 'gone' })
      .create({ _id: 'x-3', _type: 'gone' })
      .commit()
    await client.delete('x-1')
    const byQuery = await client.delete({ query: '*[_type == "gone"]' })
    expect(byQuery.results.map((r: { id: string }) => r.id).sort()).toEqual(['x-2', 'x-3'])
    expect(await client.fetch('count(*[_type == "gone"])')).toBe(0)
  })

  test('the client-supplied transaction id becomes the revision', async () => {
    await client.mutate([{ create: { _id: 'r-1', _type: 'note' } }], { transactionId: 'my-tx-1' })
    expect(await client.getDocument('r-1')).toMatchObject({ _rev: 'my-tx-1' })
  })
})
