import { evaluate, type ExprNode } from 'groq-js'
import type { ViewName } from '../dataset/access'
import type { DatasetState } from '../dataset/state'
import type { SanityDocument } from '../json'
import { EvaluationGuard, type EvaluationLimits } from './guard'
import { runGuarded } from './guardedIteration'
import { DEFAULT_QUERY_LIMITS } from './limits'
import { eachNode } from './walk'

/** Context for evaluating an expression on a single document. */
export interface DocumentScope {
  params?: Record<string, unknown>
  before?: SanityDocument | null
  after?: SanityDocument | null
  projectId?: string
  /** What `*` and `->` inside the expression read (default raw: webhooks are the lake's own config). */
  view?: ViewName
  limits?: EvaluationLimits
  /** Aborted when the lake shuts down. */
  signal?: AbortSignal
}

/**
 * Evaluates an expression with `@` bound to one document (listen filters, webhook filters and projections),
 * within time and work limits (throws EvaluationStopped beyond them). `*` inside it sees the scope's view;
 * `->` resolves by id in that view.
 */
export async function evaluateOnDocument(
  expr: ExprNode,
  doc: SanityDocument,
  state: DatasetState,
  scope: DocumentScope = {},
): Promise<unknown> {
  const view = state.view(scope.view ?? 'raw')
  const guard = new EvaluationGuard(scope.limits ?? DEFAULT_QUERY_LIMITS, scope.signal)
  return runGuarded(guard, async () => {
    const value = await evaluate(expr, {
      root: doc,
      params: scope.params ?? {},
      before: scope.before ?? undefined,
      after: scope.after ?? undefined,
      dataset: usesEverything(expr) ? view.array() : [],
      sanity: scope.projectId ? { projectId: scope.projectId, dataset: state.name } : undefined,
      dereference: ({ _ref }) => view.get(_ref) ?? null,
    })
    return (await value.get()) as unknown
  })
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
