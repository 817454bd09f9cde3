import type { IncomingHttpHeaders, OutgoingHttpHeaders } from 'node:http'

/** What the lake needs from a request: Node's HTTP/1.1 and HTTP/2 compatibility requests both fit. */
export interface RawRequest extends AsyncIterable<Buffer | string> {
  readonly method?: string
  readonly url?: string
  readonly headers: IncomingHttpHeaders
  readonly httpVersionMajor: number
  readonly socket?: { readonly remoteAddress?: string }
}

/** What the lake needs from a response: Node's HTTP/1.1 and HTTP/2 compatibility responses both fit. */
export interface RawResponse {
  readonly headersSent: boolean
  readonly writableEnded: boolean
  setHeader(name: string, value: string | number | readonly string[]): unknown
  writeHead(status: number, headers?: OutgoingHttpHeaders): unknown
  write(chunk: string | Buffer): boolean
  end(): unknown
  end(chunk: string | Buffer): unknown
  once(event: 'close' | 'drain', listener: () => void): unknown
  off(event: 'close' | 'drain', listener: () => void): unknown
  /** Drops the response at once (a stream reset on HTTP/2), discarding what is still buffered. */
  destroy(error?: Error): unknown
}
