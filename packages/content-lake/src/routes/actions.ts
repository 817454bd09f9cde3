import { applyActions } from '../actions/apply'
import { parseActions } from '../actions/parse'
import { requireEditor } from '../http/auth'
import { readJsonBody } from '../http/body'
import type { RequestContext } from '../http/context'
import { badRequest } from '../errors'
import { sendJson } from '../http/respond'
import { nowIso } from '../ids'
import { isJsonObject } from '../json'
import { commitStaging } from '../lake/commit'
import type { LakeCore } from '../lake/core'
import { Staging } from '../mutations/staging'
import { datasetOf, flag } from './shared'
import { transactionIdOf } from './writeOptions'

/** `POST /data/actions/:dataset`: applies document actions (as the Studio sends them) in one transaction. */
export async function handleActions(ctx: RequestContext, core: LakeCore): Promise<void> {
  const state = datasetOf(ctx, core)
  requireEditor(ctx.caller)
  const body = await readJsonBody(ctx.req, core.config.maxBodyBytes)
  if (!isJsonObject(body))
    throw badRequest('The request body must be an object like {"actions": [...]}')
  const actions = parseActions(body.actions)
  const transactionId = transactionIdOf(body, ctx.url.searchParams)
  const dryRun = body.dryRun === true || flag(ctx.url.searchParams, 'dryRun')
  await core.writes.run(async () => {
    const staging = new Staging(state, transactionId, nowIso())
    applyActions(staging, actions)
    if (!dryRun) commitStaging(core, staging, ctx.caller.userId)
  })
  sendJson(ctx.res, 200, { transactionId })
}
