import { createServer } from 'node:net'

/** Resolves when nothing listens on `host:port`; rejects with a readable message otherwise. */
export function assertPortFree(port, what, host = '127.0.0.1') {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', (error) => {
      if (error.code === 'EADDRINUSE' || error.code === 'EACCES') {
        reject(
          new Error(
            `Port ${port} (${what}) is already in use. Stop whatever is using it (another "npm start"?) and try again.`,
          ),
        )
      } else reject(error)
    })
    probe.listen({ port, host, exclusive: true }, () => probe.close(() => resolve()))
  })
}
