import { connect, type ClientHttp2Session } from 'node:http2'

/**
 * Requests `path` over one HTTP/2 connection with `concurrency` streams in flight for `durationMs`, and
 * returns requests per second (every answer must be 200, or the run fails).
 */
export async function requestsPerSecond(
  origin: string,
  path: string,
  headers: Record<string, string>,
  concurrency: number,
  durationMs: number,
): Promise<number> {
  const session = connect(origin)
  let done = 0
  const deadline = performance.now() + durationMs
  const started = performance.now()
  const worker = async (): Promise<void> => {
    while (performance.now() < deadline) {
      await get(session, path, headers)
      done++
    }
  }
  try {
    await Promise.all(Array.from({ length: concurrency }, worker))
  } finally {
    session.close()
  }
  return done / ((performance.now() - started) / 1000)
}

function get(session: ClientHttp2Session, path: string, headers: Record<string, string>) {
  return new Promise<void>((resolve, reject) => {
    const stream = session.request({ ':path': path, ...headers })
    stream.on('response', (head) => {
      if (head[':status'] !== 200) reject(new Error(`${path} answered ${String(head[':status'])}`))
    })
    stream.on('data', () => undefined)
    stream.on('end', resolve)
    stream.on('error', reject)
  })
}
