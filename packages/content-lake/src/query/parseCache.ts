import { parse, type ExprNode } from 'groq-js'
import { LakeError } from '../errors'
import { errorMessage } from '../errorMessage'

const MAX_ENTRIES = 1000
const cache = new Map<string, ExprNode>()

/**
 * Parses GROQ once per distinct query text and parameters. Parameters are bound at parse time, as on
 * Sanity: `[$start...$end]` needs constant numbers and `[$index]` is element access only when the value is
 * known while parsing. Queries without `$` share one entry whatever the parameters.
 */
export function parseQuery(query: string, params: Record<string, unknown> = {}): ExprNode {
  return parseCached(query, params, 'normal')
}

/**
 * Parses a webhook filter or projection: GROQ's delta mode, where `before()`, `after()` and the
 * `delta::` functions are available, as in Sanity's GROQ-powered webhooks.
 */
export function parseDeltaQuery(query: string): ExprNode {
  return parseCached(query, {}, 'delta')
}

function parseCached(
  query: string,
  params: Record<string, unknown>,
  mode: 'normal' | 'delta',
): ExprNode {
  const usesParams = query.includes('$') && Object.keys(params).length > 0
  const text = mode === 'delta' ? `delta\u0000${query}` : query
  const key = usesParams ? `${text}\u0000${JSON.stringify(params)}` : text
  const hit = cache.get(key)
  if (hit) {
    // Re-inserting keeps the Map in least-recently-used order for eviction.
    cache.delete(key)
    cache.set(key, hit)
    return hit
  }
  const tree = parseOrThrow(query, usesParams ? params : undefined, mode)
  cache.set(key, tree)
  if (cache.size > MAX_ENTRIES) {
    const oldest = cache.keys().next()
    if (!oldest.done) cache.delete(oldest.value)
  }
  return tree
}

function parseOrThrow(
  query: string,
  params: Record<string, unknown> | undefined,
  mode: 'normal' | 'delta',
): ExprNode {
  try {
    return parse(query, { ...(params ? { params } : {}), mode })
  } catch (error) {
    const position = positionOf(error)
    throw new LakeError(400, 'queryParseError', errorMessage(error), {
      query,
      start: position ?? 0,
      end: position === undefined ? query.length : Math.min(position + 1, query.length),
    })
  }
}

function positionOf(error: unknown): number | undefined {
  if (
    typeof error === 'object' &&
    error !== null &&
    'position' in error &&
    typeof error.position === 'number'
  ) {
    return error.position
  }
  return undefined
}
