import 'server-only'
import { createClient, type LiveEvent, type SanityClient } from '@sanity/client'
import { env } from '@/env'

/** Comment lines keep idle proxies (nginx's 60 s read timeout) from closing a quiet stream. */
const KEEP_ALIVE_MS = 20_000
/** How long a browser waits before reconnecting a stream that ended (EventSource `retry`). */
const RETRY_MS = 2_000
/** Open relays at once; each preview tab holds one. Beyond it the route answers 429. */
export const MAX_LIVE_RELAYS = 64

let client: SanityClient | undefined
let open = 0

function liveClient(token: string): SanityClient {
  const config = env()
  client ??= createClient({
    projectId: config.projectId,
    dataset: config.dataset,
    // The Live Content API needs 2021-03-25 or later.
    apiVersion: '2025-02-19',
    useCdn: false,
    token,
    ...(config.apiHost ? { apiHost: config.apiHost, useProjectHostname: false } : {}),
  })
  return client
}

const encoder = new TextEncoder()

/** One Live Content API event as the browser's EventSource reads it. */
function sseOf(event: LiveEvent): string | undefined {
  if (event.type === 'message')
    return `id: ${event.id}\nevent: message\ndata: ${JSON.stringify({ tags: event.tags })}\n\n`
  if (event.type === 'welcome' || event.type === 'restart')
    return `event: ${event.type}\ndata: {}\n\n`
  return undefined
}

/**
 * Relays the lake's Live Content API stream, drafts included, to one preview tab. The read token
 * stays on the server: the browser only learns that something changed (the sync tags). Every tab
 * shares one upstream connection (@sanity/client keeps one per URL and options). The relay ends
 * when the browser goes (`signal`) or upstream fails; the browser then reconnects on its own.
 * `undefined` when `MAX_LIVE_RELAYS` are open already.
 */
export function liveRelay(
  token: string,
  signal: AbortSignal,
): ReadableStream<Uint8Array> | undefined {
  if (open >= MAX_LIVE_RELAYS) return undefined
  open++
  let stop = (): void => {}
  return new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (text: string): void => controller.enqueue(encoder.encode(text))
      send(`retry: ${RETRY_MS}\n\n`)
      const keepAlive = setInterval(() => send(': keepalive\n\n'), KEEP_ALIVE_MS)
      const subscription = liveClient(token)
        .live.events({ includeDrafts: true })
        .subscribe({
          next: (event) => {
            const text = sseOf(event)
            if (text !== undefined) send(text)
          },
          error: (error: unknown) => {
            console.error('The live preview stream failed', error)
            stop()
            controller.close()
          },
        })
      let stopped = false
      stop = () => {
        if (stopped) return
        stopped = true
        open--
        clearInterval(keepAlive)
        subscription.unsubscribe()
        signal.removeEventListener('abort', onAbort)
      }
      const onAbort = (): void => {
        stop()
        controller.close()
      }
      if (signal.aborted) onAbort()
      else signal.addEventListener('abort', onAbort, { once: true })
    },
    cancel() {
      stop()
    },
  })
}
