import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { SanityClient } from '@sanity/client'
import { EDITOR_TOKEN, startTestLake, type TestLake } from './helpers/lake'

// The release cases of Sanity's GROQ test suite (sanity-io/groq-test-suite,
// test/extensions/releases: releases::all, sanity::partOfRelease, sanity::versionOf), run through
// the lake's query endpoint with the raw perspective, which is what the suite's dataset is. The three
// files' documents share one dataset here, so queries over books say `_type == "book"`, and the
// versionOf negation leaves out versions.sale.book3, which that file's dataset does not have.
let lake: TestLake
let client: SanityClient

const BOOKS = [
  { _id: 'book1', _type: 'book', title: 'Frankenstein', price: 10.99 },
  { _id: 'drafts.book1', _type: 'book', title: 'Frankenstein', price: 10.99 },
  { _id: 'versions.sale.book1', _type: 'book', title: 'Frankenstein', price: 9.99 },
  { _id: 'book2', _type: 'book', title: 'Dracula', price: 9.99 },
  { _id: 'versions.sale.book3', _type: 'book', title: 'Pi', price: 3.14 },
]
const RELEASES = [
  { _id: '_.releases.winter', _type: 'system.release', title: 'Winter release' },
  { _id: 'summer', _type: 'system.release', title: 'Summer release' },
]

beforeAll(async () => {
  lake = await startTestLake()
  client = lake.client(EDITOR_TOKEN).withConfig({ perspective: 'raw' })
  await client.mutate([...BOOKS, ...RELEASES].map((doc) => ({ createOrReplace: doc })))
})

afterAll(async () => {
  await lake.close()
})

/** The documents a query returns, without the fields the lake adds on write. */
async function run(query: string): Promise<unknown> {
  const result: unknown = await client.fetch(query)
  if (!Array.isArray(result)) return result
  return result.map((item: unknown) => {
    if (typeof item !== 'object' || item === null) return item
    const { _rev: _r, _createdAt: _c, _updatedAt: _u, ...rest } = item as Record<string, unknown>
    return rest
  })
}

function invalid(query: string): Promise<void> {
  return expect(client.fetch(query)).rejects.toMatchObject({ statusCode: 400 })
}

const byId = (ids: string[]) => ids.map((id) => [...BOOKS, ...RELEASES].find((d) => d._id === id))

describe('releases::all()', () => {
  test('everything: every system.release document', async () => {
    expect(await run('releases::all()')).toEqual(byId(['_.releases.winter', 'summer']))
  })
  test('with filters', async () => {
    expect(await run('releases::all()[title == "Winter release"]._id')).toEqual([
      '_.releases.winter',
    ])
  })
  test('with arguments is invalid', async () => {
    for (const query of [
      'releases::all(123)',
      'releases::all(123, 456)',
      'releases::all(123, 456, 789)',
    ])
      await invalid(query)
  })
})

describe('sanity::partOfRelease()', () => {
  test('simple, negation, and a non-string argument', async () => {
    expect(await run('*[_type == "book" && sanity::partOfRelease("sale")]')).toEqual(
      byId(['versions.sale.book1', 'versions.sale.book3']),
    )
    expect(await run('*[_type == "book" && !sanity::partOfRelease("sale")]')).toEqual(
      byId(['book1', 'book2', 'drafts.book1']),
    )
    expect(await run('*[sanity::partOfRelease(true)]')).toEqual([])
  })
  test('no argument or two are invalid', async () => {
    await invalid('*[sanity::partOfRelease()]')
    await invalid('*[sanity::partOfRelease("sale", "launch")]')
  })
})

describe('sanity::versionOf()', () => {
  test('simple, negation, and a non-string argument', async () => {
    expect(await run('*[_type == "book" && sanity::versionOf("book1")]')).toEqual(
      byId(['book1', 'drafts.book1', 'versions.sale.book1']),
    )
    expect(
      await run(
        '*[_type == "book" && !sanity::versionOf("book1") && !sanity::partOfRelease("sale")]',
      ),
    ).toEqual(byId(['book2']))
    expect(await run('*[sanity::versionOf(true)]')).toEqual([])
  })
  test('no argument or two are invalid', async () => {
    await invalid('*[sanity::versionOf()]')
    await invalid('*[sanity::versionOf("book1", "book2")]')
  })
})
