import { evaluate } from 'groq-js'
import type { ViewName } from '../dataset/access'
import type { DatasetState } from '../dataset/state'
import { LakeError } from '../errors'
import type { DocumentTable } from '../store/documents'
import { findCandidates } from './candidates'
import { EvaluationGuard, EvaluationStopped } from './guard'
import { runGuarded } from './guardedIteration'
import { assertResultSize, DEFAULT_QUERY_LIMITS, stoppedError, type QueryLimits } from './limits'
import { narrowTree } from './narrow'
import { assertParamsProvided } from './params'
import { parseQuery } from './parseCache'
import { isCacheable } from './resultCache'
import { errorMessage } from '../errorMessage'
import { awaitTexts } from './textWait'

/** What a query runs against. */
export interface QueryTarget {
  state: DatasetState
  table: DocumentTable
  projectId: string
  /** Default: DEFAULT_QUERY_LIMITS. */
  limits?: QueryLimits
  /** Aborted when the lake shuts down, which stops running evaluations. */
  signal?: AbortSignal
}

/** A GROQ query with its bound parameters and the view of the dataset the caller reads through. */
export interface QueryInput {
  query: string
  params: Record<string, unknown>
  view: ViewName
  identity?: string
}

/**
 * Runs a GROQ query over one view of a dataset, narrowing scans through the indexes (see narrowTree),
 * within the target's time and work limits.
 */
export async function executeQuery(target: QueryTarget, input: QueryInput): Promise<unknown> {
  const { state, table } = target
  const tree = parseQuery(input.query, input.params)
  assertParamsProvided(tree, input.params, input.query)
  const limits = target.limits ?? DEFAULT_QUERY_LIMITS
  await awaitTexts(state.texts, tree, limits.timeoutMs)
  const view = state.view(input.view)
  const guard = new EvaluationGuard(limits, target.signal)
  try {
    const narrowed = narrowTree(
      tree,
      input.params,
      (constraints) => findCandidates(state, table, input.view, constraints),
      () => view.array(),
      () => guard.check(),
      (id) => view.get(id) ?? null,
    )
    return await runGuarded(guard, async () => {
      const value = await evaluate(narrowed.tree, {
        dataset: narrowed.needsDataset ? view.array() : [],
        params: input.params,
        identity: input.identity,
        sanity: { projectId: target.projectId, dataset: state.name },
        // Resolving `->` by id is what a scan for `_id == ref` finds, because keys are unique in a view;
        // a document outside the caller's view is not there, so a join never reaches past the read rule.
        dereference: ({ _ref }) => view.get(_ref) ?? null,
      })
      return (await value.get()) as unknown
    })
  } catch (error) {
    if (error instanceof EvaluationStopped) throw stoppedError(error, input.query)
    throw new LakeError(400, 'queryExecutionError', errorMessage(error), {
      query: input.query,
    })
  }
}

/**
 * Like executeQuery, but returns the result as JSON (refused above the size limit) and serves repeated
 * queries from the dataset's result cache (cleared by every commit). Queries using now() or identity() are
 * always evaluated.
 */
export async function executeQueryJson(target: QueryTarget, input: QueryInput): Promise<string> {
  const cacheable = isCacheable(parseQuery(input.query, input.params))
  const key = JSON.stringify([input.view, input.identity ?? '', input.query, input.params])
  const cached = cacheable ? target.state.results.get(key) : undefined
  if (cached !== undefined) return cached
  const generation = target.state.results.generation
  const json = JSON.stringify((await executeQuery(target, input)) ?? null)
  assertResultSize(json, target.limits ?? DEFAULT_QUERY_LIMITS, input.query)
  if (cacheable) target.state.results.set(key, json, generation)
  return json
}
