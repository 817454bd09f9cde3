import type { RequestContext } from '../http/context'
import { userIdFor } from '../http/context'
import { forbidden, notFound } from '../errors'
import { sendJson } from '../http/respond'
import type { LakeCore } from '../lake/core'

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/

/** True for a connection from this machine. */
export function isLoopback(address: string | undefined): boolean {
  return address !== undefined && LOOPBACK.test(address)
}

/**
 * `GET /local-session`: the local editor's session for a Studio on this machine (`{token, user}`, the
 * shape `studio/local/session.ts` reads), so editors never handle tokens. Only loopback callers get it;
 * browsers on other origins are stopped by CORS before this runs. `localSession: false` turns it off.
 */
export async function handleLocalSession(ctx: RequestContext, core: LakeCore): Promise<void> {
  if (!isLoopback(ctx.req.socket?.remoteAddress))
    throw forbidden('The local session is only given to this machine')
  const name = core.config.localSession
  const token = core.config.tokens.find((t) => t.name === name && t.role === 'editor')
  if (!token)
    throw notFound('No local session: the config names no editor token for it (localSession)')
  const id = userIdFor(token)
  sendJson(ctx.res, 200, {
    token: token.token,
    user: { id, name: token.name, email: `${id}@localhost`, role: 'editor' },
  })
}
