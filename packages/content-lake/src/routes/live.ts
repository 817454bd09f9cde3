import { canRead } from '../dataset/access'
import { unauthorized } from '../errors'
import type { RequestContext } from '../http/context'
import { isPublishedId } from '../ids'
import type { LakeCore } from '../lake/core'
import type { LiveWatcher } from '../listen/hub'
import { EventStream } from '../listen/sse'
import type { StoredEvent } from '../store/events'
import { clientKey } from './listen'
import { datasetOf, flag } from './shared'

/**
 * `GET /data/live/events/:dataset`, Sanity's Live Content API stream: a `welcome` event, then one
 * `message` event per committed transaction that changed a document the stream may see, with
 * `data: {"tags": [...]}` and an event id. Tags are coarse, one per document type touched
 * (`liveTag`). Without `includeDrafts` only published documents count; `includeDrafts=true` needs a
 * token (401 otherwise, as Sanity answers) and then drafts and release versions count too.
 */
export async function handleLiveEvents(ctx: RequestContext, core: LakeCore): Promise<void> {
  const state = datasetOf(ctx, core)
  const { role } = ctx.caller
  const includeDrafts = flag(ctx.url.searchParams, 'includeDrafts')
  if (includeDrafts && role === 'anonymous')
    throw unauthorized('includeDrafts=true requires a token with read access to drafts')
  // Anyone may open it, so it counts against the listener caps like /data/listen.
  const client = clientKey(ctx)
  core.hub.admit(client)
  const stream = new EventStream(ctx.res)
  core.hub.hold(stream, client)
  stream.open()
  stream.send('welcome', {})
  const sees = (id: string): boolean => canRead(role, id) && (includeDrafts || isPublishedId(id))
  const watcher: LiveWatcher = (events) => {
    const seen = events.filter((event) => sees(event.documentId))
    const last = seen.at(-1)
    if (!last) return
    stream.send('message', { tags: tagsOf(seen) }, String(last.seq))
  }
  core.hub.watch(state.name, watcher)
  const keepAlive = setInterval(() => stream.comment('keepalive'), core.keepAliveMs)
  keepAlive.unref()
  const end = () => stream.end()
  core.shutdown.signal.addEventListener('abort', end, { once: true })
  ctx.res.once('close', () => {
    clearInterval(keepAlive)
    core.hub.unwatch(watcher)
    core.hub.release(stream)
    core.shutdown.signal.removeEventListener('abort', end)
  })
}

/** The sync tag announced when a document of `type` changes. */
export function liveTag(type: string): string {
  return `s1:type:${type}`
}

function tagsOf(events: StoredEvent[]): string[] {
  const tags = new Set<string>()
  for (const { before, after } of events)
    for (const doc of [before, after]) if (doc) tags.add(liveTag(doc._type))
  return [...tags]
}
