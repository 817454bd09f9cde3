import { createSecureServer, type Http2Session } from 'node:http2'
import type { Socket } from 'node:net'
import type { RawRequest, RawResponse } from '../http/raw'
import type { TlsMaterial } from '../tls'

/** A listening HTTPS port. */
export interface TlsServer {
  port: number
  /** Stops accepting, lets running requests finish (up to a grace period), then drops connections. */
  close(): Promise<void>
}

const GRACE_MS = 3000

/**
 * Listens with HTTP/2 over TLS and HTTP/1.1 fallback. Browsers only speak HTTP/2 over TLS, and the Studio
 * keeps more event streams open than HTTP/1.1's six connections per host allow.
 */
export async function startTlsServer(
  tls: TlsMaterial,
  handler: (req: RawRequest, res: RawResponse) => Promise<void>,
  port: number,
  host: string,
): Promise<TlsServer> {
  let inFlight = 0
  let drained: (() => void) | undefined
  const server = createSecureServer(
    { cert: tls.cert, key: tls.key, allowHTTP1: true },
    (req, res) => {
      inFlight++
      void handler(req, res).finally(() => {
        inFlight--
        if (inFlight === 0) drained?.()
      })
    },
  )
  const sessions = new Set<Http2Session>()
  const sockets = new Set<Socket>()
  server.on('session', (session) => {
    sessions.add(session)
    session.once('close', () => sessions.delete(session))
  })
  server.on('secureConnection', (socket: Socket) => {
    sockets.add(socket)
    socket.once('close', () => sockets.delete(socket))
  })
  // A client that drops mid-handshake must not take the server down.
  server.on('tlsClientError', () => undefined)
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const address = server.address()
  const actualPort = typeof address === 'object' && address ? address.port : port
  return {
    port: actualPort,
    async close() {
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()))
      for (const session of sessions) session.close()
      if (inFlight > 0)
        await Promise.race([new Promise<void>((resolve) => (drained = resolve)), delay(GRACE_MS)])
      for (const socket of sockets) socket.destroy()
      await Promise.race([stopped, delay(GRACE_MS)])
    },
  }
}

/** The URL clients use for a bound host and port. */
export function urlFor(host: string, port: number): string {
  const name =
    host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host
  return `https://${name}:${port}`
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref())
}
