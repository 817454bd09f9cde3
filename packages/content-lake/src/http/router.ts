import type { LakeCore } from '../lake/core'
import type { RequestContext } from './context'

/** A route handler. */
export type Handler = (ctx: RequestContext, core: LakeCore) => Promise<void>

/** A path pattern such as `/data/query/:dataset` with its handlers per method. */
export interface Route {
  pattern: string
  methods: Partial<Record<string, Handler>>
}

/** The outcome of matching a path against the routes. */
export type RouteMatch =
  | { kind: 'found'; handler: Handler; params: Record<string, string> }
  | { kind: 'method'; allowed: string[] }
  | { kind: 'none' }

/** Finds the route for a path and method (a 405 answer lists the allowed methods). */
export function matchRoute(routes: readonly Route[], path: string, method: string): RouteMatch {
  const segments = splitPath(path)
  for (const route of routes) {
    const params = matchPattern(splitPath(route.pattern), segments)
    if (!params) continue
    const handler = route.methods[method]
    if (handler) return { kind: 'found', handler, params }
    return { kind: 'method', allowed: Object.keys(route.methods) }
  }
  return { kind: 'none' }
}

function splitPath(path: string): string[] {
  return path.split('/').filter((segment) => segment !== '')
}

function matchPattern(pattern: string[], segments: string[]): Record<string, string> | undefined {
  if (pattern.length !== segments.length) return undefined
  const params: Record<string, string> = {}
  for (let i = 0; i < pattern.length; i++) {
    const expected = pattern[i] ?? ''
    const actual = segments[i] ?? ''
    if (expected.startsWith(':')) {
      try {
        params[expected.slice(1)] = decodeURIComponent(actual)
      } catch {
        return undefined
      }
    } else if (expected !== actual) return undefined
  }
  return params
}
