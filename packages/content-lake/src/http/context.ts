import type { IncomingHttpHeaders } from 'node:http'
import type { LakeToken } from '../config/types'
import type { RawRequest, RawResponse } from './raw'

/** Who is calling: no token, a viewer token or an editor token. */
export type Role = 'anonymous' | 'viewer' | 'editor'

/** The caller of a request, resolved from its bearer token. */
export interface Caller {
  role: Role
  token?: LakeToken
  /** A stable user id for the token (`identity` in listener events, `/users/me`). */
  userId: string
}

/** Everything a route handler gets about its request. */
export interface RequestContext {
  method: string
  /** The path after the API version, e.g. `/data/query/production`. */
  path: string
  url: URL
  headers: IncomingHttpHeaders
  /** `2025-02-19`, `1` or `X`; empty for unversioned paths such as `/health`. */
  apiVersion: string
  /** Values of the route's `:name` segments. */
  params: Record<string, string>
  caller: Caller
  req: RawRequest
  res: RawResponse
}

/** The user id a token maps to. */
export function userIdFor(token: LakeToken | undefined): string {
  if (!token) return '<anonymous>'
  const slug = token.name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
  // "Local editor" becomes "local-editor", not "local-local-editor".
  return slug.startsWith('local-') ? slug : `local-${slug}`
}
