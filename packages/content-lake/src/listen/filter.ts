import type { ExprNode } from 'groq-js'
import type { DatasetState } from '../dataset/state'
import { LakeError } from '../http/errors'
import type { SanityDocument } from '../json'
import { assertParamsProvided } from '../query/params'
import { parseQuery } from '../query/parseCache'
import { evaluateOnDocument } from '../query/evaluateDoc'

/** A listener's GROQ filter, evaluated on one document at a time. */
export interface ListenFilter {
  matches(doc: SanityDocument, state: DatasetState): Promise<boolean>
}

/** Compiles `*`, `*[filter]` or `*[filter]{projection}` (the projection is ignored, as by Sanity). */
export function compileListenFilter(query: string, params: Record<string, unknown>): ListenFilter {
  const tree = parseQuery(query, params)
  assertParamsProvided(tree, params, query)
  const expr = filterOf(tree)
  if (expr === undefined) {
    throw new LakeError(
      400,
      'listenQueryError',
      `The listen query must be a filter such as *[_type == "post"], got: ${query}`,
    )
  }
  if (expr === null) return { matches: async () => true }
  return {
    matches: async (doc, state) =>
      (await evaluateOnDocument(expr, doc, state, { params })) === true,
  }
}

/** The filter expression of a listen query; null for a bare `*`, undefined for other shapes. */
function filterOf(tree: ExprNode): ExprNode | null | undefined {
  if (tree.type === 'Everything') return null
  if (tree.type === 'Filter' && tree.base.type === 'Everything') return tree.expr
  if (tree.type === 'Projection') return filterOf(tree.base)
  return undefined
}
