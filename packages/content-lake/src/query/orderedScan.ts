import type { ExprNode } from 'groq-js'
import type { Compiled } from './compiled'
import { orderItems, type OrderKey } from './order'
import { eachNode } from './walk'

// A query may order one snapshot many ways (a list by date, by title, ...): keep a few per snapshot.
const ORDERS_PER_SNAPSHOT = 8
const CHECK_EVERY = 256

/**
 * Sorted copies of a view's whole-dataset array, by `order()` signature. Keyed by the array itself:
 * a view hands out the same array until a transaction changes it (copy-on-write), so a sort is
 * reused by every query until the next change and is dropped with the array it was made from.
 */
const sortedSnapshots = new WeakMap<readonly unknown[], Map<string, readonly unknown[]>>()

/** What makes two `order()` calls sort alike: their arguments and the parameters those read. */
export function orderSignature(args: ExprNode[], params: Record<string, unknown>): string {
  const read: Record<string, unknown> = {}
  for (const arg of args)
    eachNode(arg, (node) => {
      if (node.type === 'Parameter') read[node.name] = params[node.name] ?? null
    })
  return JSON.stringify([args, read])
}

/** `items` in the order of `keys` (see orderItems), sorted once per snapshot and signature. */
export function sortedSnapshot(
  items: readonly unknown[],
  signature: string,
  keys: OrderKey[],
): readonly unknown[] {
  let sorts = sortedSnapshots.get(items)
  if (!sorts) {
    sorts = new Map()
    sortedSnapshots.set(items, sorts)
  }
  const known = sorts.get(signature)
  if (known) return known
  const sorted = orderItems(items, keys)
  if (sorts.size >= ORDERS_PER_SNAPSHOT) sorts.delete(sorts.keys().next().value ?? '')
  sorts.set(signature, sorted)
  return sorted
}

/**
 * The first `limit` items of `sorted` that `predicate` accepts. Sorting the whole snapshot (stably,
 * ties by position) and then filtering gives the same sequence as filtering and then sorting, so
 * `*[filter] | order(...)[0...n]` reads only as far into the order as its n matches reach.
 */
export function firstMatches(
  sorted: readonly unknown[],
  predicate: Compiled,
  limit: number,
  check: () => void,
): unknown[] {
  const matches: unknown[] = []
  for (let i = 0; i < sorted.length && matches.length < limit; i++) {
    if (i % CHECK_EVERY === 0) check()
    const item = sorted[i]
    if (predicate(item) === true) matches.push(item)
  }
  return matches
}
