import { viewFor } from '../dataset/access'
import { readJsonBody } from '../http/body'
import type { RequestContext } from '../http/context'
import { badRequest } from '../errors'
import { sendJsonText } from '../http/respond'
import { isJsonObject } from '../json'
import type { LakeCore } from '../lake/core'
import { executeQueryJson } from '../query/execute'
import { resolvePerspective } from '../query/perspective'
import { datasetOf, paramsFromSearch, queryTarget } from './shared'

/** `GET|POST /data/query/:dataset`: runs GROQ and answers `{query, result, ms}`. */
export async function handleQuery(ctx: RequestContext, core: LakeCore): Promise<void> {
  const state = datasetOf(ctx, core)
  const search = ctx.url.searchParams
  let query = search.get('query')
  let params = paramsFromSearch(search)
  let bodyPerspective: string | null = null
  if (ctx.method === 'POST') {
    const body = await readJsonBody(ctx.req, core.config.maxBodyBytes)
    if (!isJsonObject(body))
      throw badRequest('The request body must be an object like {"query": "...", "params": {}}')
    if (typeof body.query !== 'string') throw badRequest('The request body needs a "query" string')
    if (body.params !== undefined && !isJsonObject(body.params))
      throw badRequest('"params" must be an object')
    query = body.query
    params = body.params ?? {}
    bodyPerspective = typeof body.perspective === 'string' ? body.perspective : null
  }
  if (!query) throw badRequest('Missing "query" parameter')
  const perspective = resolvePerspective(
    search.get('perspective') ?? bodyPerspective,
    ctx.apiVersion,
  )
  const started = performance.now()
  const result = await executeQueryJson(queryTarget(core, state), {
    query,
    params,
    view: viewFor(ctx.caller.role, perspective),
    identity: ctx.caller.userId,
  })
  const ms = Math.round(performance.now() - started)
  // The result is already JSON (possibly from the result cache); splice it in instead of re-serializing.
  const head = search.get('returnQuery') === 'false' ? '' : `"query":${JSON.stringify(query)},`
  sendJsonText(ctx.res, 200, `{${head}"result":${result},"ms":${ms}}`)
}
