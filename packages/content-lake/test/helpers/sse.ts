import { get } from 'node:https'
import type { ClientRequest } from 'node:http'

/** One server-sent event, or a comment line (`comment` set). */
export interface SseEvent {
  id?: string
  event?: string
  data?: unknown
  comment?: string
}

/** A raw event-stream reader over HTTPS, for what the client library hides (ids, comments, resume). */
export class SseReader {
  readonly events: SseEvent[] = []
  status = 0
  private buffer = ''
  private request: ClientRequest | undefined
  private readonly waiters: Array<() => void> = []
  private text = ''
  private markEnded: () => void = () => undefined
  /** Resolves when the server ended the response. */
  readonly ended = new Promise<void>((resolve) => (this.markEnded = resolve))

  /** Opens the stream and resolves once the response head arrived. */
  open(url: string, headers: Record<string, string> = {}): Promise<this> {
    return new Promise((resolve, reject) => {
      this.request = get(url, { headers: { accept: 'text/event-stream', ...headers } }, (res) => {
        this.status = res.statusCode ?? 0
        res.setEncoding('utf8')
        res.on('data', (chunk: string) => this.feed(chunk))
        res.on('end', () => {
          this.markEnded()
          this.notify()
        })
        resolve(this)
      })
      this.request.on('error', reject)
    })
  }

  /** Resolves when `count` events passing `test` have arrived (comments only when `test` accepts them). */
  async waitFor(test: (event: SseEvent) => boolean, count = 1, ms = 5000): Promise<SseEvent[]> {
    const deadline = Date.now() + ms
    for (;;) {
      const found = this.events.filter(test)
      if (found.length >= count) return found
      if (Date.now() > deadline)
        throw new Error(`timed out; events so far: ${JSON.stringify(this.events)}`)
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 50)
        this.waiters.push(() => {
          clearTimeout(timer)
          resolve()
        })
      })
    }
  }

  /** Everything received so far (for responses that are not event streams, such as a 429). */
  body(): string {
    return this.text
  }

  /** Closes the connection. */
  close(): void {
    this.request?.destroy()
  }

  private feed(chunk: string): void {
    this.text += chunk
    this.buffer += chunk
    let end = this.buffer.indexOf('\n\n')
    while (end !== -1) {
      this.events.push(parseBlock(this.buffer.slice(0, end)))
      this.buffer = this.buffer.slice(end + 2)
      end = this.buffer.indexOf('\n\n')
    }
    this.notify()
  }

  private notify(): void {
    for (const waiter of this.waiters.splice(0)) waiter()
  }
}

function parseBlock(block: string): SseEvent {
  const event: SseEvent = {}
  for (const line of block.split('\n')) {
    if (line.startsWith(':')) event.comment = line.slice(1).trim()
    else if (line.startsWith('id: ')) event.id = line.slice(4)
    else if (line.startsWith('event: ')) event.event = line.slice(7)
    else if (line.startsWith('data: ')) event.data = JSON.parse(line.slice(6))
  }
  return event
}
