import { requireEditor } from '../http/auth'
import { readJsonBody } from '../http/body'
import type { RequestContext } from '../http/context'
import { badRequest } from '../errors'
import { sendJson } from '../http/respond'
import { nowIso } from '../ids'
import { isJsonObject } from '../json'
import { commitStaging } from '../lake/commit'
import type { LakeCore } from '../lake/core'
import { applyMutations, type MutationResult } from '../mutations/apply'
import { parseMutations } from '../mutations/parse'
import { resolveQuerySelections } from '../mutations/selections'
import { Staging } from '../mutations/staging'
import { datasetOf, flag, queryTarget } from './shared'
import { checkVisibility, transactionIdOf } from './writeOptions'

/** `POST /data/mutate/:dataset`: applies all mutations in one transaction, or none. */
export async function handleMutate(ctx: RequestContext, core: LakeCore): Promise<void> {
  const state = datasetOf(ctx, core)
  requireEditor(ctx.caller)
  const search = ctx.url.searchParams
  const body = await readJsonBody(ctx.req, core.config.maxBodyBytes)
  if (!isJsonObject(body))
    throw badRequest('The request body must be an object like {"mutations": [...]}')
  const mutations = parseMutations(body.mutations)
  checkVisibility(search)
  const transactionId = transactionIdOf(body, search)
  const dryRun = flag(search, 'dryRun')
  const options = { autoGenerateArrayKeys: flag(search, 'autoGenerateArrayKeys') }
  const results = await core.writes.run(async () => {
    const queryIds = await resolveQuerySelections(queryTarget(core, state), mutations)
    const staging = new Staging(state, transactionId, nowIso())
    const applied = applyMutations(staging, mutations, queryIds, options)
    if (!dryRun) commitStaging(core, staging, ctx.caller.userId)
    return applied
  })
  sendJson(
    ctx.res,
    200,
    responseBody(
      transactionId,
      results,
      flag(search, 'returnIds'),
      flag(search, 'returnDocuments'),
    ),
  )
}

function responseBody(
  transactionId: string,
  results: MutationResult[],
  returnIds: boolean,
  returnDocuments: boolean,
): Record<string, unknown> {
  const body: Record<string, unknown> = {
    transactionId,
    results: results.map(({ id, operation, document }) =>
      returnDocuments ? { id, operation, document } : { id, operation },
    ),
  }
  if (returnIds) body.documentIds = results.map((r) => r.id)
  if (returnDocuments) body.documents = results.map((r) => r.document)
  return body
}
