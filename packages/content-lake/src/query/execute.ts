import { evaluate } from 'groq-js'
import type { DatasetState, Perspective } from '../dataset/state'
import { LakeError } from '../http/errors'
import type { DocumentTable } from '../store/documents'
import { findCandidates } from './candidates'
import { narrowTree } from './narrow'
import { assertParamsProvided } from './params'
import { parseQuery } from './parseCache'
import { isCacheable } from './resultCache'
import { errorMessage } from '../errorMessage'

/** What a query runs against. */
export interface QueryTarget {
  state: DatasetState
  table: DocumentTable
  projectId: string
}

/** A GROQ query with its bound parameters and perspective. */
export interface QueryInput {
  query: string
  params: Record<string, unknown>
  perspective: Perspective
  identity?: string
}

/** Runs a GROQ query over one perspective of a dataset, narrowing scans through the indexes (see narrowTree). */
export async function executeQuery(target: QueryTarget, input: QueryInput): Promise<unknown> {
  const { state, table } = target
  const tree = parseQuery(input.query, input.params)
  assertParamsProvided(tree, input.params, input.query)
  const view = state.views[input.perspective]
  const narrowed = narrowTree(
    tree,
    input.params,
    (constraints) => findCandidates(state, table, input.perspective, constraints),
    () => view.array(),
  )
  try {
    const value = await evaluate(narrowed.tree, {
      dataset: narrowed.needsDataset ? view.array() : [],
      params: input.params,
      identity: input.identity,
      sanity: { projectId: target.projectId, dataset: state.name },
      // Resolving `->` by id is what a scan for `_id == ref` finds, because keys are unique in a view.
      dereference: ({ _ref }) => view.get(_ref) ?? null,
    })
    return await value.get()
  } catch (error) {
    throw new LakeError(400, 'queryExecutionError', errorMessage(error), {
      query: input.query,
    })
  }
}

/**
 * Like executeQuery, but returns the result as JSON and serves repeated queries from the dataset's result
 * cache (cleared by every commit). Queries using now() or identity() are always evaluated.
 */
export async function executeQueryJson(target: QueryTarget, input: QueryInput): Promise<string> {
  const cacheable = isCacheable(parseQuery(input.query, input.params))
  const key = JSON.stringify([input.perspective, input.identity ?? '', input.query, input.params])
  const cached = cacheable ? target.state.results.get(key) : undefined
  if (cached !== undefined) return cached
  const generation = target.state.results.generation
  const json = JSON.stringify((await executeQuery(target, input)) ?? null)
  if (cacheable) target.state.results.set(key, json, generation)
  return json
}
