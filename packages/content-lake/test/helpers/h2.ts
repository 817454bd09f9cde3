import { connect, type ClientHttp2Session, type IncomingHttpHeaders } from 'node:http2'

/** An HTTP/2 client session to a lake (trusting the test certificate through NODE_EXTRA_CA_CERTS). */
export async function h2Session(url: string): Promise<ClientHttp2Session> {
  const session = connect(url)
  await new Promise<void>((resolve, reject) => {
    session.once('connect', () => resolve())
    session.once('error', reject)
  })
  return session
}

/** One HTTP/2 request, read to the end. */
export function h2Get(
  session: ClientHttp2Session,
  path: string,
  headers: Record<string, string> = {},
): Promise<{ headers: IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const stream = session.request({ ':path': path, ...headers })
    let body = ''
    let responseHeaders: IncomingHttpHeaders = {}
    stream.setEncoding('utf8')
    stream.on('response', (h) => (responseHeaders = h))
    stream.on('data', (chunk: string) => (body += chunk))
    stream.on('end', () => resolve({ headers: responseHeaders, body }))
    stream.on('error', reject)
  })
}

/** Opens an HTTP/2 event stream and resolves once its first event (welcome) arrived. */
export function h2Stream(
  session: ClientHttp2Session,
  path: string,
  headers: Record<string, string> = {},
): Promise<{ received: () => string; ended: Promise<void> }> {
  return new Promise((resolve, reject) => {
    const stream = session.request({ ':path': path, ...headers })
    let text = ''
    const ended = new Promise<void>((done) => stream.on('close', () => done()))
    stream.setEncoding('utf8')
    stream.on('data', (chunk: string) => {
      text += chunk
      if (text.includes('\n\n')) resolve({ received: () => text, ended })
    })
    stream.on('error', reject)
  })
}
