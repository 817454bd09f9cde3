import { evaluate, type ExprNode } from 'groq-js'
import type { DatasetState } from '../dataset/state'
import type { SanityDocument } from '../json'
import { eachNode } from './walk'

/** Context for evaluating an expression on a single document. */
export interface DocumentScope {
  params?: Record<string, unknown>
  before?: SanityDocument | null
  after?: SanityDocument | null
  projectId?: string
}

/**
 * Evaluates an expression with `@` bound to one document (listen filters, webhook filters and projections).
 * `*` inside it sees the raw dataset; `->` resolves by id.
 */
export async function evaluateOnDocument(
  expr: ExprNode,
  doc: SanityDocument,
  state: DatasetState,
  scope: DocumentScope = {},
): Promise<unknown> {
  const raw = state.views.raw
  const value = await evaluate(expr, {
    root: doc,
    params: scope.params ?? {},
    before: scope.before ?? undefined,
    after: scope.after ?? undefined,
    dataset: usesEverything(expr) ? raw.array() : [],
    sanity: scope.projectId ? { projectId: scope.projectId, dataset: state.name } : undefined,
    dereference: ({ _ref }) => raw.get(_ref) ?? null,
  })
  return value.get()
}

const everythingCache = new WeakMap<ExprNode, boolean>()

function usesEverything(expr: ExprNode): boolean {
  const cached = everythingCache.get(expr)
  if (cached !== undefined) return cached
  let found = false
  eachNode(expr, (node) => {
    if (node.type === 'Everything') found = true
  })
  everythingCache.set(expr, found)
  return found
}
