import { createServer, type IncomingHttpHeaders } from 'node:http'
import { freePort } from '../support/ports'

interface Delivery {
  headers: IncomingHttpHeaders
  body: Buffer
}

/**
 * Stands between the lake's webhook and one storefront instance (the webhook reaches one
 * instance, as behind a load balancer). It passes deliveries on, or while `hold()` is on keeps
 * them (answering 200, so the lake does not retry) until `release()` sends them on.
 */
export interface WebhookRelay {
  url: string
  hold(): void
  release(): Promise<void>
  close(): Promise<void>
}

async function forward(target: string, { headers, body }: Delivery): Promise<number> {
  const response = await fetch(target, {
    method: 'POST',
    headers: {
      'content-type': String(headers['content-type'] ?? 'application/json'),
      'sanity-webhook-signature': String(headers['sanity-webhook-signature'] ?? ''),
    },
    body: body.toString(),
  })
  return response.status
}

export async function startWebhookRelay(target: string): Promise<WebhookRelay> {
  let holding = false
  const held: Delivery[] = []
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const delivery = { headers: req.headers, body: Buffer.concat(chunks) }
      if (holding) {
        held.push(delivery)
        res.writeHead(200).end()
        return
      }
      forward(target, delivery).then(
        (status) => res.writeHead(status).end(),
        () => res.writeHead(502).end(),
      )
    })
  })
  const port = await freePort()
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${port}/api/revalidate`,
    hold: () => void (holding = true),
    async release() {
      holding = false
      for (const delivery of held.splice(0)) {
        const status = await forward(target, delivery)
        if (status !== 200) throw new Error(`held webhook answered ${status}`)
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
