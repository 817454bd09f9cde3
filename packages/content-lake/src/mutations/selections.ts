import { isJsonObject } from '../json'
import { executeQuery, type QueryTarget } from '../query/execute'
import type { Mutation } from './types'

/**
 * Resolves query selections (`{delete: {query}}`, `{patch: {query}}`) to document ids, by index. Queries
 * read the raw perspective of the committed dataset, before the transaction's own earlier mutations.
 */
export async function resolveQuerySelections(
  target: QueryTarget,
  mutations: Mutation[],
): Promise<Map<number, string[]>> {
  const resolved = new Map<number, string[]>()
  for (const [index, mutation] of mutations.entries()) {
    if (mutation.type !== 'delete' && mutation.type !== 'patch') continue
    const selection = mutation.selection
    if (!('query' in selection)) continue
    const result = await executeQuery(target, {
      query: selection.query,
      params: selection.params,
      view: 'raw',
    })
    resolved.set(index, idsIn(result))
  }
  return resolved
}

function idsIn(result: unknown): string[] {
  const items = Array.isArray(result) ? result : [result]
  return items.flatMap((item) =>
    isJsonObject(item) && typeof item._id === 'string' ? [item._id] : [],
  )
}
