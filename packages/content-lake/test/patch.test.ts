import { describe, expect, test } from '@jest/globals'
import type { JsonObject } from '../src/json'
import { applyPatch, PatchError } from '../src/mutations/patch'
import { parsePath } from '../src/mutations/paths'

const base = (): JsonObject => ({
  _id: 'd',
  _type: 't',
  title: 'Title',
  n: 1,
  body: [
    { _key: 'a', text: 'one', marks: [] },
    { _key: 'b', text: 'two', marks: ['em'] },
  ],
  tags: ['x', 'y'],
  meta: { seo: { title: 'S' } },
})

describe('paths', () => {
  test('parses attributes, indices, ranges, key filters and quoted names', () => {
    expect(parsePath('body[_key=="a"].marks[-1]')).toEqual([
      { kind: 'attribute', name: 'body' },
      { kind: 'match', attribute: '_key', value: 'a' },
      { kind: 'attribute', name: 'marks' },
      { kind: 'index', index: -1 },
    ])
    expect(parsePath('tags[1:]')).toEqual([
      { kind: 'attribute', name: 'tags' },
      { kind: 'range', start: 1, end: null },
    ])
    expect(parsePath("a['odd key'][*]")).toEqual([
      { kind: 'attribute', name: 'a' },
      { kind: 'attribute', name: 'odd key' },
      { kind: 'all' },
    ])
  })

  test('rejects what it cannot read', () => {
    expect(() => parsePath('a[')).toThrow()
    expect(() => parsePath('a..b')).toThrow()
    expect(() => parsePath('')).toThrow()
  })
})

describe('applyPatch', () => {
  test('set creates missing objects on the way and writes into array items by key', () => {
    const doc = applyPatch(base(), {
      set: { 'meta.og.image': 'i.png', 'body[_key=="b"].text': 'TWO', 'tags[0]': 'w' },
    })
    expect(doc.meta).toEqual({ seo: { title: 'S' }, og: { image: 'i.png' } })
    expect(doc.body).toMatchObject([{ text: 'one' }, { text: 'TWO' }])
    expect(doc.tags).toEqual(['w', 'y'])
  })

  test('does not modify its input', () => {
    const input = base()
    applyPatch(input, { set: { title: 'changed' }, unset: ['tags'] })
    expect(input).toEqual(base())
  })

  test('setIfMissing only fills gaps and runs before set', () => {
    const doc = applyPatch(base(), {
      setIfMissing: { title: 'ignored', subtitle: 'Sub', list: [] },
      set: { 'list[0]': 'no-op' },
    })
    expect(doc).toMatchObject({ title: 'Title', subtitle: 'Sub', list: [] })
  })

  test('unset removes attributes and array items', () => {
    const doc = applyPatch(base(), {
      unset: ['title', 'body[_key=="a"]', 'tags[-1]', 'missing.deep'],
    })
    expect(doc).not.toHaveProperty('title')
    expect(doc.body).toMatchObject([{ _key: 'b' }])
    expect(doc.tags).toEqual(['x'])
  })

  test('inc and dec change numbers and leave anything else alone', () => {
    expect(
      applyPatch(base(), { inc: { n: 5, title: 1, missing: 1 }, dec: { n: 2 } }),
    ).toMatchObject({ n: 4, title: 'Title' })
    expect(applyPatch(base(), { inc: { missing: 1 } })).not.toHaveProperty('missing')
  })

  test.each([
    ['before', 'tags[0]', ['new', 'x', 'y']],
    ['after', 'tags[-1]', ['x', 'y', 'new']],
    ['after', 'tags[0]', ['x', 'new', 'y']],
    ['replace', 'tags[1]', ['x', 'new']],
    ['replace', 'tags[0:2]', ['new']],
    ['replace', 'tags[1:1]', ['x', 'new', 'y']],
  ] as const)('insert %s %s', (position, path, expected) => {
    expect(applyPatch(base(), { insert: { position, path, items: ['new'] } }).tags).toEqual(
      expected,
    )
  })

  test('insert by key, into empty arrays, and into missing arrays (a no-op)', () => {
    const item = { _key: 'n', text: 'new' }
    expect(
      applyPatch(base(), { insert: { position: 'after', path: 'body[_key=="a"]', items: [item] } })
        .body,
    ).toMatchObject([{ _key: 'a' }, { _key: 'n' }, { _key: 'b' }])
    expect(
      applyPatch(
        { ...base(), tags: [] },
        { insert: { position: 'after', path: 'tags[-1]', items: ['only'] } },
      ).tags,
    ).toEqual(['only'])
    expect(
      applyPatch(base(), { insert: { position: 'after', path: 'nothing[-1]', items: ['x'] } }),
    ).not.toHaveProperty('nothing')
    expect(
      applyPatch(base(), {
        insert: { position: 'before', path: 'body[_key=="zzz"]', items: [item] },
      }).body,
    ).toHaveLength(2)
  })

  test('insert into something that is not an array fails', () => {
    expect(() =>
      applyPatch(base(), { insert: { position: 'after', path: 'title[0]', items: [1] } }),
    ).toThrow(PatchError)
    expect(() =>
      applyPatch(base(), { insert: { position: 'after', path: 'tags', items: [1] } }),
    ).toThrow(PatchError)
  })

  test('diffMatchPatch applies to strings, also inside arrays', () => {
    const doc = applyPatch(base(), {
      diffMatchPatch: { 'body[_key=="a"].text': '@@ -1,3 +1,5 @@\n one\n+!!\n' },
    })
    expect(doc.body).toMatchObject([{ text: 'one!!' }, { text: 'two' }])
  })

  test('applies operations in the mutator order: setIfMissing, set, unset, diffMatchPatch, inc, dec, insert', () => {
    const doc = applyPatch(
      { _id: 'd', _type: 't' },
      {
        insert: { position: 'after', path: 'list[-1]', items: [2] },
        inc: { n: 1 },
        set: { n: 10 },
        setIfMissing: { list: [1], n: 0 },
      },
    )
    expect(doc).toMatchObject({ n: 11, list: [1, 2] })
  })
})
