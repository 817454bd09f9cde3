import type { DatasetState } from '../dataset/state'
import type { RequestContext } from '../http/context'
import { badRequest, notFound } from '../errors'
import type { LakeCore } from '../lake/core'
import type { QueryTarget } from '../query/execute'
import { queryLimitsOf } from '../query/limits'

/** The dataset named in the route, or a 404. */
export function datasetOf(ctx: RequestContext, core: LakeCore): DatasetState {
  const name = ctx.params.dataset ?? ''
  const state = core.datasets.get(name)
  if (!state)
    throw notFound(
      `Dataset "${name}" not found (configured: ${[...core.datasets.keys()].join(', ')})`,
    )
  return state
}

/** What queries against a dataset run on. */
export function queryTarget(core: LakeCore, state: DatasetState): QueryTarget {
  return {
    state,
    table: core.documents,
    projectId: core.config.projectId,
    limits: queryLimitsOf(core.config.limits),
    signal: core.shutdown.signal,
  }
}

/** `$name=<json>` search parameters as GROQ params. */
export function paramsFromSearch(search: URLSearchParams): Record<string, unknown> {
  const params: Record<string, unknown> = {}
  for (const [key, value] of search) {
    if (!key.startsWith('$')) continue
    try {
      params[key.slice(1)] = JSON.parse(value)
    } catch {
      throw badRequest(
        `Unable to parse value of "${key}=${value}": parameter values must be JSON (quote strings)`,
      )
    }
  }
  return params
}

/** True when a boolean search parameter is set to true. */
export function flag(search: URLSearchParams, name: string, fallback = false): boolean {
  const value = search.get(name)
  if (value === null || value === '') return fallback
  return value === 'true' || value === '1'
}

/** The project in the route, or a 404 when it is not this lake's. */
export function assertProject(ctx: RequestContext, core: LakeCore): void {
  const id = ctx.params.projectId
  if (id !== core.config.projectId)
    throw notFound(`Project "${id ?? ''}" not found (this lake serves "${core.config.projectId}")`)
}
