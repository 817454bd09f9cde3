import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'

export interface RedisServer {
  url: string
  port: number
  /** SIGKILL: the server vanishes mid-test, as in a crash. */
  kill(): Promise<void>
  /** Starts a fresh (empty) server on the same port. */
  restart(): Promise<void>
  stop(): Promise<void>
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => (port > 0 ? resolve(port) : reject(new Error('no free port'))))
    })
  })
}

function launch(port: number): Promise<ChildProcess> {
  // No persistence: each test server starts empty and leaves nothing behind.
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no']
  const child = spawn('redis-server', args, { stdio: ['ignore', 'pipe', 'pipe'] })
  return new Promise((resolve, reject) => {
    let output = ''
    const timer = setTimeout(
      () => reject(new Error(`redis-server did not start:\n${output}`)),
      20_000,
    )
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      if (output.includes('Ready to accept connections')) {
        clearTimeout(timer)
        resolve(child)
      }
    })
    child.once('error', reject)
    child.once('exit', (code) => reject(new Error(`redis-server exited (${code}):\n${output}`)))
  })
}

function exit(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    child.once('exit', () => resolve())
    child.kill(signal)
  })
}

/** A throwaway redis-server on a free loopback port (the Debian package `redis-server`). */
export async function startRedis(): Promise<RedisServer> {
  const port = await freePort()
  let child = await launch(port)
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    kill: () => exit(child, 'SIGKILL'),
    async restart() {
      await exit(child, 'SIGKILL')
      child = await launch(port)
    },
    stop: () => exit(child, 'SIGTERM'),
  }
}
