import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'

/** A webhook delivery as received. */
export interface Received {
  headers: IncomingHttpHeaders
  body: string
}

/** A loopback HTTP server that records webhook deliveries and answers with scripted statuses. */
export class WebhookReceiver {
  readonly received: Received[] = []
  /** Status to answer per document id (default 200); a list is consumed one per delivery. */
  readonly script = new Map<string, number[]>()
  private server: Server | undefined
  private readonly waiters: Array<() => void> = []

  /** Listens on 127.0.0.1 (port 0 picks one) and resolves with the URL. */
  async start(port = 0): Promise<string> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = []
      req.on('data', (chunk: Buffer) => chunks.push(chunk))
      req.on('end', () => {
        this.received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') })
        const id = String(req.headers['sanity-document-id'] ?? '')
        res.writeHead(this.script.get(id)?.shift() ?? 200).end()
        for (const waiter of this.waiters.splice(0)) waiter()
      })
    })
    await new Promise<void>((resolve) => this.server?.listen(port, '127.0.0.1', resolve))
    const address = this.server.address()
    return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}/hook`
  }

  /** Deliveries for one document. */
  for(id: string): Received[] {
    return this.received.filter((r) => r.headers['sanity-document-id'] === id)
  }

  /** Resolves when `count` deliveries for `id` have arrived. */
  async waitFor(id: string, count = 1, ms = 8000): Promise<Received[]> {
    const deadline = Date.now() + ms
    while (this.for(id).length < count) {
      if (Date.now() > deadline)
        throw new Error(`expected ${count} deliveries for ${id}, got ${this.for(id).length}`)
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 100)
        this.waiters.push(() => {
          clearTimeout(timer)
          resolve()
        })
      })
    }
    return this.for(id)
  }

  /** Stops listening. */
  async stop(): Promise<void> {
    await new Promise<void>((resolve) =>
      this.server ? this.server.close(() => resolve()) : resolve(),
    )
    this.server?.closeAllConnections()
  }
}
