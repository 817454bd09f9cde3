import type { ExprNode } from 'groq-js'
import type { ViewName } from '../dataset/access'
import type { DatasetState } from '../dataset/state'
import { LakeError } from '../errors'
import type { SanityDocument } from '../json'
import type { EvaluationLimits } from '../query/guard'
import { assertParamsProvided } from '../query/params'
import { parseQuery } from '../query/parseCache'
import { evaluateOnDocument } from '../query/evaluateDoc'

/** A listener's GROQ filter, evaluated on one document at a time. */
export interface ListenFilter {
  matches(doc: SanityDocument, state: DatasetState): Promise<boolean>
}

/** Where a listen filter's `*` and `->` read, and how long it may take per document. */
export interface ListenFilterScope {
  view: ViewName
  limits: EvaluationLimits
  signal?: AbortSignal
}

/**
 * Compiles `*`, `*[filter]`, `*[filter]{projection}` and such with `| order(…)` or a slice (only the filter
 * counts, as on Sanity). Sub-queries
 * and joins inside the filter read the caller's view, so a filter cannot probe documents the caller may not
 * read.
 */
export function compileListenFilter(
  query: string,
  params: Record<string, unknown>,
  scope: ListenFilterScope,
): ListenFilter {
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
      (await evaluateOnDocument(expr, doc, state, { params, ...scope })) === true,
  }
}

/** The filter expression of a listen query; null for a bare `*`, undefined for other shapes. */
function filterOf(tree: ExprNode): ExprNode | null | undefined {
  if (tree.type === 'Everything') return null
  if (tree.type === 'Filter' && tree.base.type === 'Everything') return tree.expr
  // Like Sanity, a listener ignores what the query does with its matches: the Studio's release list
  // listens with `*[filter]{...} | order(...)`.
  if (
    tree.type === 'Projection' ||
    tree.type === 'Map' ||
    tree.type === 'PipeFuncCall' ||
    tree.type === 'Slice'
  )
    return filterOf(tree.base)
  return undefined
}
