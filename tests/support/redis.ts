import { freePort } from './ports'
import { startService, type Service } from './service'

export interface RedisServer {
  url: string
  service: Service
  /** SIGKILL, as in a crash; resolves once it is gone. */
  kill(): Promise<void>
  /** Starts an empty server again on the same port. */
  restart(): Promise<void>
  close(): Promise<void>
}

async function launch(port: number): Promise<Service> {
  // No persistence: a test server starts empty and leaves nothing on disk.
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no']
  const service = startService('redis', 'redis-server', args, { cwd: '/', env: {} })
  try {
    await service.waitForLine(/Ready to accept connections/, { timeoutMs: 20_000 })
  } catch (error) {
    await service.stop()
    throw error
  }
  return service
}

/** redis-server (the Debian package) on a free loopback port. */
export async function startRedis(): Promise<RedisServer> {
  const port = await freePort()
  let service = await launch(port)
  const kill = async () => {
    if (service.child.exitCode !== null || service.child.signalCode !== null) return
    const exited = new Promise((resolve) => service.child.once('exit', resolve))
    service.child.kill('SIGKILL')
    await exited
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    get service() {
      return service
    },
    kill,
    async restart() {
      await kill()
      service = await launch(port)
    },
    close: () => service.stop(),
  }
}
