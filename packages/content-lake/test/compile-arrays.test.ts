import { expect, test } from '@jest/globals'
import { evaluate, parse } from 'groq-js'
import { compileExpr } from '../src/query/compile'
import { prng } from './helpers/dataset'

const random = prng(14)
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T

const ROOTS = ['refs', 'list', 'nested', 'obj', 'missing', 'scalar']
const FIELDS = ['_ref', 'items', 'v', 'missing']
const CONDITIONS = [
  '@ in $ids',
  '@ > 1',
  'defined(@)',
  '@._ref == "a"',
  '@._ref in $ids',
  'count(@) > 0',
  '@ == null',
  'defined(@.v)',
]

/** A random array expression: traversal `[]`, `[].field`, `[].field[]` and filters `[cond]`. */
function arrayExpression(depth: number): string {
  if (depth === 0) return pick(ROOTS)
  const base = arrayExpression(depth - 1)
  switch (Math.floor(random() * 5)) {
    case 0:
      return `${base}[]`
    case 1:
      return `${base}[].${pick(FIELDS)}`
    case 2:
      return `${base}[].${pick(FIELDS)}[]`
    case 3:
      return `(${base})[${pick(CONDITIONS)}]`
    default:
      return `${base}[${pick(CONDITIONS)}]`
  }
}

/** Uses of an array expression as the storefront's filters do, or the bare value. */
function expression(): string {
  const inner = arrayExpression(1 + Math.floor(random() * 3))
  return pick([
    inner,
    `count(${inner})`,
    `count(${inner}) > 0`,
    `count(${inner}) == 0`,
    `defined(${inner})`,
    `"a" in ${inner}`,
    `${inner} == null`,
  ])
}

// Tricky element values: missing fields, nulls, non-arrays, nested arrays, references with odd `_ref`s.
const ELEMENTS = [
  { _ref: 'a' },
  { _ref: 'b' },
  { _ref: null },
  { _ref: 1 },
  { _ref: ['a'] },
  {},
  { v: 2, items: [{ v: 1 }, { v: null }, 3] },
  { items: 'x' },
  { items: [[{ _ref: 'a' }], null] },
  null,
  'a',
  0,
  2,
  true,
  [1, 'a'],
  [],
]

function randomValue(): unknown {
  const roll = random()
  if (roll < 0.15) return pick(ELEMENTS)
  if (roll < 0.2) return []
  return Array.from({ length: 1 + Math.floor(random() * 4) }, () => pick(ELEMENTS))
}

function document(): Record<string, unknown> {
  const doc: Record<string, unknown> = { _type: 'article' }
  for (const key of ['refs', 'list', 'nested', 'obj']) if (random() < 0.85) doc[key] = randomValue()
  doc.scalar = pick(['a', 1, null, true])
  return doc
}

test('compiled array forms agree with groq-js on random expressions and tricky documents', async () => {
  const docs = Array.from({ length: 60 }, document)
  const params = { ids: ['a', 1, null] }
  for (let i = 0; i < 400; i++) {
    const source = expression()
    // Parameters are bound at parse time, as the lake does.
    const tree = parse(source, { params })
    const fn = compileExpr(tree, params)
    if (!fn) throw new Error(`${source} was not compiled`)
    for (const doc of docs) {
      const expected: unknown = await (await evaluate(tree, { root: doc, params })).get()
      const actual = fn(doc)
      if (JSON.stringify(actual) !== JSON.stringify(expected))
        throw new Error(
          `${source} on ${JSON.stringify(doc)}: compiled ${JSON.stringify(actual)}, groq-js ${JSON.stringify(expected)}`,
        )
    }
  }
})

test("the related-articles filter is compiled, with groq-js's results", async () => {
  const source =
    '_type == "article" && _id != $id && count((categories[]._ref)[@ in $categoryIds]) > 0'
  const params = { id: 'x', categoryIds: ['c1', 'c2'] }
  const tree = parse(source, { params })
  const fn = compileExpr(tree, params)
  if (!fn) throw new Error('the related filter was not compiled')
  const docs = [
    { _type: 'article', _id: 'a', categories: [{ _ref: 'c1' }] },
    { _type: 'article', _id: 'x', categories: [{ _ref: 'c1' }] },
    { _type: 'article', _id: 'b', categories: [{ _ref: 'c3' }, { _ref: 'c2' }] },
    { _type: 'article', _id: 'c', categories: { _ref: 'c1' } },
    { _type: 'article', _id: 'd' },
    { _type: 'article', _id: 'e', categories: [null, { _key: 'k' }, [{ _ref: 'c1' }]] },
  ]
  const results = docs.map((doc) => fn(doc))
  // A non-array `categories` counts as null, and `true && null` is null (not a match either).
  expect(results).toEqual([true, false, true, null, null, false])
  for (const [i, doc] of docs.entries())
    expect(await (await evaluate(tree, { root: doc, params })).get()).toBe(results[i])
})
