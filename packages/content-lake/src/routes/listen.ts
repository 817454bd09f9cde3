import { canRead, viewFor } from '../dataset/access'
import type { RequestContext } from '../http/context'
import { badRequest, LakeError } from '../errors'
import { isAtLeastVersion } from '../http/version'
import { isPublishedId, randomId } from '../ids'
import type { LakeCore } from '../lake/core'
import { compileListenFilter, type ListenFilter } from '../listen/filter'
import { deliverTransaction, type Listener } from '../listen/hub'
import { replayPlan } from '../listen/resume'
import { EventStream } from '../listen/sse'
import { queryLimitsOf } from '../query/limits'
import { PUBLISHED_BY_DEFAULT_FROM } from '../query/perspective'
import { datasetOf, flag, paramsFromSearch } from './shared'

/** `GET /data/listen/:dataset`: an event stream of mutations to documents matching a GROQ filter. */
export async function handleListen(ctx: RequestContext, core: LakeCore): Promise<void> {
  const state = datasetOf(ctx, core)
  const search = ctx.url.searchParams
  const query = search.get('query')
  if (!query) throw badRequest('Missing "query" parameter')
  const params = paramsFromSearch(search)
  const client = clientKey(ctx)
  core.hub.admit(client)
  const stream = new EventStream(ctx.res)
  stream.open()
  const { role } = ctx.caller
  let filter: ListenFilter
  try {
    filter = compileListenFilter(query, params, {
      view: viewFor(role, 'raw'),
      limits: queryLimitsOf(core.config.limits),
      signal: core.shutdown.signal,
    })
  } catch (error) {
    const lakeError =
      error instanceof LakeError ? error : new LakeError(400, 'listenQueryError', String(error))
    stream.send('channelError', { message: lakeError.message, ...lakeError.toBody() })
    stream.end()
    return
  }
  // Since API v2025-02-19 drafts and versions are only included on request; the read rule applies first.
  const allVersions =
    flag(search, 'includeAllVersions') ||
    !isAtLeastVersion(ctx.apiVersion, PUBLISHED_BY_DEFAULT_FROM)
  const listener: Listener = {
    dataset: state.name,
    filter,
    sees: (id) => canRead(role, id) && (allVersions || isPublishedId(id)),
    stream,
    client,
    payload: {
      includeResult: flag(search, 'includeResult'),
      includePreviousRevision: flag(search, 'includePreviousRevision'),
      includeMutations: flag(search, 'includeMutations', true),
      effects: search.get('effectFormat') === 'mendoza',
    },
  }
  const plan = replayPlan(core, state.name, lastEventId(ctx), flag(search, 'enableResume'))
  const keepAlive = setInterval(() => stream.comment('keepalive'), core.keepAliveMs)
  keepAlive.unref()
  ctx.res.once('close', () => {
    clearInterval(keepAlive)
    core.hub.remove(listener)
  })
  core.hub.add(listener, async () => {
    stream.send(
      plan.greeting,
      plan.greeting === 'reset' ? {} : { listenerName: randomId(22) },
      String(plan.greetingId),
    )
    for (const transaction of plan.transactions)
      await deliverTransaction(listener, state, transaction)
  })
}

/** Listener caps count per token, or per IP address for callers without one. */
export function clientKey(ctx: RequestContext): string {
  const token = ctx.caller.token
  return token ? `token:${token.name}` : `ip:${ctx.req.socket?.remoteAddress ?? 'unknown'}`
}

function lastEventId(ctx: RequestContext): string | undefined {
  const header = ctx.headers['last-event-id']
  return typeof header === 'string'
    ? header
    : (ctx.url.searchParams.get('lastEventId') ?? undefined)
}
