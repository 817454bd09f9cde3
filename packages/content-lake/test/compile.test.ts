import { expect, test } from '@jest/globals'
import { evaluate, parse } from 'groq-js'
import { compileExpr } from '../src/query/compile'
import { prng } from './helpers/dataset'

const random = prng(7)
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T

const PATHS = ['a', 'b', 'c.d', 'missing', 'list', 'obj', '_type', 'c']
const LITERALS = ['1', '2', '"x"', '"y"', 'true', 'false', 'null', '$p', '$q', '$list']
const VALUES = [1, 2, 0, -1, 'x', 'y', '', true, false, null, [1, 'x'], { d: 1 }]

/** A random expression from the compiled subset, `depth` levels deep. */
function expression(depth: number): string {
  if (depth === 0) {
    switch (Math.floor(random() * 4)) {
      case 0:
        return `defined(${pick(PATHS)})`
      case 1:
        return `${pick(PATHS)} ${pick(['==', '!=', '<', '<=', '>', '>='])} ${pick(LITERALS)}`
      case 2:
        return `${pick(PATHS)} in ${pick(['[1, "x", null]', '$list', '$p', '[]'])}`
      default:
        return pick(PATHS)
    }
  }
  const left = expression(depth - 1)
  switch (Math.floor(random() * 3)) {
    case 0:
      return `(${left} && ${expression(depth - 1)})`
    case 1:
      return `(${left} || ${expression(depth - 1)})`
    default:
      return `!(${left})`
  }
}

function document(): Record<string, unknown> {
  const doc: Record<string, unknown> = { _type: pick(['x', 'y']) }
  for (const key of ['a', 'b', 'list', 'obj']) if (random() < 0.7) doc[key] = pick(VALUES)
  if (random() < 0.7) doc.c = random() < 0.8 ? { d: pick(VALUES) } : pick(VALUES)
  return doc
}

test('compiled expressions agree with groq-js on random filters and documents', async () => {
  const docs = Array.from({ length: 40 }, document)
  const params = { p: 1, q: 'x', list: [2, 'y', null] }
  let compiled = 0
  for (let i = 0; i < 300; i++) {
    const source = expression(1 + Math.floor(random() * 3))
    const tree = parse(source)
    const fn = compileExpr(tree, params)
    expect(fn).toBeDefined()
    if (!fn) continue
    compiled++
    for (const doc of docs) {
      const expected = await (await evaluate(tree, { root: doc, params })).get()
      const actual = fn(doc)
      if (actual !== expected)
        throw new Error(
          `${source} on ${JSON.stringify(doc)}: compiled ${String(actual)}, groq-js ${String(expected)}`,
        )
    }
  }
  expect(compiled).toBe(300)
})

test('anything outside the subset is left to groq-js', () => {
  for (const source of [
    'length(list) > 1',
    'list[0...2] == 1',
    'count(list[^.a == @]) > 0',
    'a == ^.b',
    'references("x")',
    'lower(a) == "x"',
    'a[0] == 1',
    'a + 1 == 2',
    '*[_type == "x"]',
  ]) {
    expect(compileExpr(parse(source), {})).toBeUndefined()
  }
})

test('`->` compiles only with a way to resolve it, and then agrees with groq-js', async () => {
  const targets = [
    { _id: 'a1', _type: 'article', title: 'One' },
    { _id: 'a2', _type: 'article' },
  ]
  const byId = new Map(targets.map((doc) => [doc._id, doc]))
  const deref = (id: string) => byId.get(id) ?? null
  const rows = [
    { ref: { _ref: 'a1' } },
    { ref: { _ref: 'a2' } },
    { ref: { _ref: 'gone' } },
    { ref: { _ref: 7 } },
    { ref: 'a1' },
    { ref: [{ _ref: 'a1' }] },
    {},
  ]
  const sources = ['defined(ref->_id)', 'ref->title == "One"', '!defined(ref->)', 'ref->_type']
  for (const source of sources) {
    const tree = parse(source)
    expect(compileExpr(tree, {})).toBeUndefined()
    const fn = compileExpr(tree, {}, deref)
    if (!fn) throw new Error(`${source} did not compile with deref`)
    for (const row of rows) {
      const dataset = [...targets, row]
      const expected = await (
        await evaluate(tree, { root: row, dataset, dereference: ({ _ref }) => deref(_ref) })
      ).get()
      expect({ source, row, value: fn(row) }).toEqual({ source, row, value: expected })
    }
  }
})
