// The scaled-out stack (`npm run start:scaled`): Redis, two storefront instances sharing it, the
// caching proxy in front of them, and the local Content Lake (or Sanity's hosted one).
import { join } from 'node:path'
import {
  NEXT_BIN,
  ROOT,
  localStorefrontEnv,
  migrateLocalComments,
  prepareLocalLake,
} from './local-stack.mjs'
import { startService, stopAll, supervise } from './processes.mjs'
import { startVarnish } from './varnish.mjs'

const port = (value, fallback) => {
  const parsed = Number(value)
  return Number.isInteger(parsed) && parsed > 0 && parsed < 65536 ? parsed : fallback
}

/**
 * The ports of the parts only the scaled stack has: the two instances (3001, 3002) and Redis
 * (6390), unless WEB_PORT_A, WEB_PORT_B or REDIS_PORT say otherwise. The proxy takes the
 * storefront's port (3000), so shoppers' URLs stay the same.
 */
export function scaledPorts(env = process.env) {
  return {
    instances: [port(env.WEB_PORT_A, 3001), port(env.WEB_PORT_B, 3002)],
    redis: port(env.REDIS_PORT, 6390),
  }
}

function startRedis(redisPort, env) {
  // A cache only: nothing is persisted, a restarted Redis starts empty and fills again.
  const args = ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly']
  return startService({
    name: 'redis',
    command: 'redis-server',
    args: [...args, 'no'],
    cwd: ROOT,
    env,
    ready: /Ready to accept connections/,
  })
}

function startInstance(name, instancePort, env) {
  return startService({
    name,
    command: process.execPath,
    args: [NEXT_BIN, 'start', '--port', String(instancePort), '--hostname', '127.0.0.1'],
    cwd: join(ROOT, 'apps/web'),
    env,
    ready: /Ready in/,
  })
}

/**
 * Starts every part, each supervised (restarted with backoff when it exits on its own). With
 * `hosted` the storefront reads Sanity's Content Lake and no local lake starts; otherwise an empty
 * lake is seeded from `seedFile` (the repository's seed content unless given). Resolves with the
 * services and `stop()`, which halts supervision and stops all of them.
 */
export async function startScaledStack({ layout, scaled, secrets, env, hosted, seedFile, log }) {
  const services = []
  const stop = async () => {
    for (const service of services) service.halt()
    await stopAll([...services].reverse())
  }
  const keep = async (name, start) => {
    const service = supervise({ name, start, log })
    services.push(service)
    await service.started
    return service
  }
  const proxyUrl = `http://127.0.0.1:${layout.ports.storefront}`
  try {
    await keep('redis', () => startRedis(scaled.redis, env))
    let storefrontEnv = {}
    if (!hosted) {
      // The webhook goes through the proxy, which hands it to whichever instance is up.
      const lake = await prepareLocalLake({
        layout,
        secrets,
        env,
        studioDir: join(ROOT, 'studio/dist'),
        seedFile,
        revalidateUrl: `${proxyUrl}/api/revalidate`,
      })
      await keep('lake', lake.start)
      await migrateLocalComments({ layout, secrets, certPath: lake.certPath, env })
      storefrontEnv = localStorefrontEnv({ layout, secrets, certPath: lake.certPath })
    }
    const instanceEnv = {
      ...env,
      ...storefrontEnv,
      REDIS_URL: `redis://127.0.0.1:${scaled.redis}`,
      PROXY_PURGE_URL: proxyUrl,
      PROXY_SECRET: secrets.proxySecret,
    }
    const [first, second] = scaled.instances
    await Promise.all([
      keep('web-a', () => startInstance('web-a', first, instanceEnv)),
      keep('web-b', () => startInstance('web-b', second, instanceEnv)),
    ])
    const backends = scaled.instances.map((instancePort) => ({
      host: '127.0.0.1',
      port: instancePort,
    }))
    await keep('proxy', () =>
      startVarnish({
        port: layout.ports.storefront,
        workDir: join(layout.data, 'proxy'),
        backends,
        secret: secrets.proxySecret,
        env,
      }),
    )
  } catch (error) {
    await stop()
    throw error
  }
  return { services, proxyUrl, stop }
}
