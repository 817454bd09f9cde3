import { DEFAULT_LIMITS, type LakeLimits } from '../config/types'
import { LakeError } from '../errors'
import { EvaluationStopped, type EvaluationLimits } from './guard'

/** What bounds a query: evaluation limits plus the size of the serialized result. */
export interface QueryLimits extends EvaluationLimits {
  maxResultBytes: number
}

/** The query limits of a config's `limits`. */
export function queryLimitsOf(limits: LakeLimits): QueryLimits {
  return {
    timeoutMs: limits.queryTimeoutMs,
    maxWork: limits.maxQueryWork,
    maxResultBytes: limits.maxResultBytes,
  }
}

/** The query limits of the default config. */
export const DEFAULT_QUERY_LIMITS: QueryLimits = queryLimitsOf(DEFAULT_LIMITS)

/**
 * The HTTP error for a stopped evaluation. Sanity documents a query time limit but not its error body, so
 * a timeout is a 504 `queryTimeoutError` (a 5xx that @sanity/client does not retry, unlike 502/503/429);
 * an exhausted work budget is a 422, since running the same query again cannot succeed.
 */
export function stoppedError(error: EvaluationStopped, query: string): LakeError {
  switch (error.reason) {
    case 'timeout':
      return new LakeError(504, 'queryTimeoutError', error.message, { query })
    case 'work':
      return new LakeError(422, 'queryWorkLimitError', error.message, { query })
    case 'shutdown':
      return new LakeError(503, 'httpServiceUnavailable', error.message)
  }
}

/** Refuses a serialized result above the size limit (422 `queryResultTooLargeError`). */
export function assertResultSize(json: string, limits: QueryLimits, query: string): void {
  if (json.length <= limits.maxResultBytes) return
  throw new LakeError(
    422,
    'queryResultTooLargeError',
    `Query result is larger than ${limits.maxResultBytes} bytes (limits.maxResultBytes); select fewer documents or fields`,
    { query },
  )
}
