import type { RawResponse } from '../http/raw'

/** A `text/event-stream` response that keeps track of whether the client is reading. */
export class EventStream {
  private ended = false
  /** Set when a write was buffered beyond the stream's high-water mark, until `drain`. */
  private congested = false

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
    this.write(
      `${id === undefined ? '' : `id: ${id}\n`}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`,
    )
  }

  /** Sends a comment line, which keeps idle connections open (skipped while the client is behind). */
  comment(text: string): void {
    if (!this.congested) this.write(`: ${text}\n\n`)
  }

  /** Resolves once the client has read what is buffered (at once when nothing is), or the stream closed. */
  drained(): Promise<void> {
    if (!this.congested || this.closed) return Promise.resolve()
    return new Promise((resolve) => {
      const done = (): void => {
        this.congested = false
        this.res.off('drain', done)
        this.res.off('close', done)
        resolve()
      }
      this.res.once('drain', done)
      this.res.once('close', done)
    })
  }

  /** Ends the stream. */
  end(): void {
    if (this.closed) return
    this.ended = true
    this.res.end()
  }

  /**
   * Drops a client that stopped reading: ending would wait for its buffer to be read, which never happens.
   * The error makes HTTP/2 reset the stream with an error code; a clean reset reads as a graceful end to a
   * client, which would then still wait for the data it never read.
   */
  drop(): void {
    this.ended = true
    this.res.destroy(new Error('The listener fell too far behind and was disconnected'))
  }

  private write(text: string): void {
    if (this.closed) return
    if (!this.res.write(text)) this.congested = true
  }
}
