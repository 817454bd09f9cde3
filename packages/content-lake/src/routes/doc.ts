import type { RequestContext } from '../http/context'
import { sendJson } from '../http/respond'
import { canRead } from '../dataset/access'
import type { JsonObject } from '../json'
import type { LakeCore } from '../lake/core'
import { datasetOf, flag } from './shared'

/** `GET /data/doc/:dataset/:ids`: documents by id, with `omitted` explaining the missing ones. */
export async function handleDoc(ctx: RequestContext, core: LakeCore): Promise<void> {
  const state = datasetOf(ctx, core)
  const ids = (ctx.params.ids ?? '').split(',').filter((id) => id !== '')
  const excludeContent = flag(ctx.url.searchParams, 'excludeContent')
  const documents: JsonObject[] = []
  const omitted: Array<{ id: string; reason: 'existence' | 'permission' }> = []
  for (const id of ids) {
    const doc = state.get(id)
    // Like Sanity: an unreadable id is omitted for permission, whether or not it exists.
    if (!canRead(ctx.caller.role, id)) omitted.push({ id, reason: 'permission' })
    else if (!doc) omitted.push({ id, reason: 'existence' })
    else documents.push(excludeContent ? { _id: doc._id, _type: doc._type, _rev: doc._rev } : doc)
  }
  sendJson(ctx.res, 200, { documents, omitted })
}
