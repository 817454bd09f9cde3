import type { ExprNode } from 'groq-js'
import type { TextIndexer } from './textIndexer'

const usesMatchCache = new WeakMap<ExprNode, boolean>()

/** True when a query tree has a `match` anywhere (parsed trees are cached, so is the answer). */
export function usesMatch(tree: ExprNode): boolean {
  let known = usesMatchCache.get(tree)
  if (known === undefined) {
    known = containsMatch(tree)
    usesMatchCache.set(tree, known)
  }
  return known
}

function containsMatch(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(containsMatch)
  if (typeof value !== 'object' || value === null) return false
  if (Reflect.get(value, 'type') === 'Value') return false
  if (Reflect.get(value, 'type') === 'OpCall' && Reflect.get(value, 'op') === 'match') return true
  return Object.values(value).some(containsMatch)
}

/**
 * Before a query with `match` runs, lets the background indexer finish the documents it has not
 * split yet (just after a start, or after a large import), for at most `maxMs`: the query then
 * reads word lists instead of splitting the rest inside its own time limit. After `maxMs` the query
 * runs anyway and splits what is left itself.
 */
export async function awaitTexts(texts: TextIndexer, tree: ExprNode, maxMs: number): Promise<void> {
  if (texts.pending === 0 || !usesMatch(tree)) return
  let timer: NodeJS.Timeout | undefined
  await Promise.race([
    texts.ready(),
    new Promise<void>((resolve) => {
      timer = setTimeout(resolve, maxMs)
    }),
  ])
  clearTimeout(timer)
}
