import type { RequestContext } from '../http/context'
import { userIdFor } from '../http/context'
import { notFound } from '../errors'
import { sendJson } from '../http/respond'
import type { LakeCore } from '../lake/core'

/** The public profile of a local user, as Sanity's `/users/{id}` gives it. */
function profile(id: string, name: string) {
  return {
    id,
    displayName: name,
    familyName: null,
    givenName: null,
    middleName: null,
    imageUrl: null,
  }
}

/**
 * `GET /users/:ids`: the local users behind the configured tokens, so the Studio can show who edited a
 * document. One id answers an object, several (comma separated) an array; unknown ids are left out.
 */
export async function handleUsers(ctx: RequestContext, core: LakeCore): Promise<void> {
  const ids = (ctx.params.ids ?? '').split(',').filter((id) => id.length > 0)
  const known = new Map(core.config.tokens.map((token) => [userIdFor(token), token.name]))
  const found = ids.flatMap((id) => {
    const name = known.get(id)
    return name === undefined ? [] : [profile(id, name)]
  })
  if (ids.length > 1) return sendJson(ctx.res, 200, found)
  const [user] = found
  if (!user) throw notFound(`No user with id "${ids[0] ?? ''}"`)
  sendJson(ctx.res, 200, user)
}
