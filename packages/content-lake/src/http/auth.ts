import type { LakeConfig } from '../config/types'
import { userIdFor, type Caller } from './context'
import { forbidden, unauthorized } from '../errors'

/** Resolves the bearer token of a request; an unknown token is a 401 (never silently anonymous). */
export function resolveCaller(authorization: string | undefined, config: LakeConfig): Caller {
  if (!authorization) return { role: 'anonymous', userId: userIdFor(undefined) }
  const match = /^Bearer\s+(.+)$/i.exec(authorization.trim())
  const value = match?.[1]?.trim()
  const token = value ? config.tokens.find((t) => t.token === value) : undefined
  if (!token) throw unauthorized('Session not found: the token is unknown or malformed')
  return { role: token.role, token, userId: userIdFor(token) }
}

/** Requires an editor token for writes: 401 without a token, 403 with a read-only one. */
export function requireEditor(caller: Caller): void {
  if (caller.role === 'editor') return
  if (caller.role === 'anonymous')
    throw unauthorized('Authentication required: writes need an editor token')
  throw forbidden(
    `Insufficient permissions: token "${caller.token?.name ?? ''}" is read-only (viewer)`,
  )
}
