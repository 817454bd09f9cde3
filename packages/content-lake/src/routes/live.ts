import type { RequestContext } from '../http/context'
import type { LakeCore } from '../lake/core'
import { EventStream } from '../listen/sse'
import { clientKey } from './listen'
import { datasetOf } from './shared'

/**
 * `GET /data/live/events/:dataset`, Sanity's Live Content API stream, which the Studio's
 * Presentation tool keeps open: a `welcome` event, then keep-alive comments. Query responses here
 * carry no `syncTags`, so there is never a tag to announce in a `message` event; clients that
 * need changes listen (`/data/listen`) instead.
 */
export async function handleLiveEvents(ctx: RequestContext, core: LakeCore): Promise<void> {
  datasetOf(ctx, core)
  // Anyone may open it, so it counts against the listener caps like /data/listen.
  const client = clientKey(ctx)
  core.hub.admit(client)
  const stream = new EventStream(ctx.res)
  core.hub.hold(stream, client)
  stream.open()
  stream.send('welcome', {})
  const keepAlive = setInterval(() => stream.comment('keepalive'), core.keepAliveMs)
  keepAlive.unref()
  const end = () => stream.end()
  core.shutdown.signal.addEventListener('abort', end, { once: true })
  ctx.res.once('close', () => {
    clearInterval(keepAlive)
    core.hub.release(stream)
    core.shutdown.signal.removeEventListener('abort', end)
  })
}
