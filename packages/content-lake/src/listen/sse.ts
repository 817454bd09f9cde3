import type { RawResponse } from '../http/raw'

/** A `text/event-stream` response. */
export class EventStream {
  private ended = false

  constructor(private readonly res: RawResponse) {
    res.once('close', () => {
      this.ended = true
    })
  }

  /** Sends the response head; extra headers (CORS) must already be set on the response. */
  open(): void {
    this.res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      // Tells proxies such as nginx not to buffer the stream.
      'x-accel-buffering': 'no',
    })
  }

  /** True once the stream was ended by either side. */
  get closed(): boolean {
    return this.ended || this.res.writableEnded
  }

  /** Sends one named event with JSON data and an optional id. */
  send(event: string, data: unknown, id?: string): void {
    if (this.closed) return
    this.res.write(
      `${id === undefined ? '' : `id: ${id}\n`}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`,
    )
  }

  /** Sends a comment line, which keeps idle connections open. */
  comment(text: string): void {
    if (!this.closed) this.res.write(`: ${text}\n\n`)
  }

  /** Ends the stream. */
  end(): void {
    if (this.closed) return
    this.ended = true
    this.res.end()
  }
}
