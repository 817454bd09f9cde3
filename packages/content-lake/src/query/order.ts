import type { ExprNode } from 'groq-js'
import { compileExpr, type Compiled } from './compile'
import { totalCompare } from './semantics'

/** One `order()` key, compiled. */
export interface OrderKey {
  key: Compiled
  desc: boolean
}

/** Compiles `order(a desc, b)` arguments, or undefined when a key is beyond the compiled subset. */
export function compileOrder(
  args: ExprNode[],
  params: Record<string, unknown>,
): OrderKey[] | undefined {
  const keys: OrderKey[] = []
  for (const arg of args) {
    const desc = arg.type === 'Desc'
    const key = compileExpr(arg.type === 'Desc' || arg.type === 'Asc' ? arg.base : arg, params)
    if (!key) return undefined
    keys.push({ key, desc })
  }
  return keys
}

/**
 * The first `limit` items (all without a limit) in groq-js's `order()` order: keys compared with GROQ's
 * total order, ties broken by original position (a stable sort). A small limit keeps only a bounded
 * buffer instead of sorting everything, which gives the same prefix because the order is total.
 */
export function orderItems(items: readonly unknown[], keys: OrderKey[], limit?: number): unknown[] {
  const width = keys.length
  // Key values in one flat array (item i's keys at i * width), so a large sort allocates little.
  const values = new Array<unknown>(items.length * width)
  items.forEach((item, i) => keys.forEach(({ key }, k) => (values[i * width + k] = key(item))))
  const compare = (a: number, b: number): number => {
    for (let k = 0; k < width; k++) {
      const c = totalCompare(values[a * width + k], values[b * width + k])
      if (c !== 0) return keys[k]?.desc ? -c : c
    }
    return a - b
  }
  const indices =
    limit === undefined || limit * 8 >= items.length
      ? fullSort(items.length, compare, limit)
      : topIndices(items.length, compare, limit)
  return indices.map((i) => items[i])
}

function fullSort(
  length: number,
  compare: (a: number, b: number) => number,
  limit: number | undefined,
): number[] {
  return Array.from({ length }, (_, i) => i)
    .sort(compare)
    .slice(0, limit)
}

function topIndices(
  length: number,
  compare: (a: number, b: number) => number,
  limit: number,
): number[] {
  const best: number[] = []
  for (let i = 0; i < length; i++) {
    const worst = best[best.length - 1]
    if (best.length === limit && worst !== undefined && compare(i, worst) >= 0) continue
    let lo = 0
    let hi = best.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (compare(best[mid] ?? 0, i) <= 0) lo = mid + 1
      else hi = mid
    }
    best.splice(lo, 0, i)
    if (best.length > limit) best.pop()
  }
  return best
}
