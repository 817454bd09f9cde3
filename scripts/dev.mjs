#!/usr/bin/env node
// `npm run dev`: what `npm start` runs, with hot reload for the storefront and the Studio.
//   1. builds the Content Lake if it changed (turbo)
//   2. starts the local Content Lake on :3334, seeded on first start, allowing the dev Studio's origin
//   3. starts `next dev` on :3000 against it and `sanity dev` on :3333 pointed at it
// One Ctrl-C stops everything.
import { join } from 'node:path'
import {
  NEXT_BIN,
  ROOT,
  TELEMETRY_OFF,
  localLayout,
  localStorefrontEnv,
  migrateLocalComments,
  startLocalLake,
} from './lib/local-stack.mjs'
import { assertPortFree } from './lib/ports.mjs'
import { run, startService, stopAll } from './lib/processes.mjs'
import { localSecrets } from './lib/secrets.mjs'

const LAYOUT = localLayout()
const { ports: PORTS } = LAYOUT
const env = { ...process.env, ...TELEMETRY_OFF }
const services = []
const studioOrigins = [`http://localhost:${PORTS.studio}`, `http://127.0.0.1:${PORTS.studio}`]

async function checkPorts() {
  await assertPortFree(PORTS.storefront, 'the storefront')
  await assertPortFree(PORTS.lake, 'the local Content Lake')
  await assertPortFree(PORTS.studio, 'the Studio')
}

function start(options) {
  const service = startService({ cwd: ROOT, env, ...options })
  services.push(service)
  return service.started
}

async function main() {
  if (process.env.SANITY_PROJECT_ID?.trim())
    throw new Error('npm run dev runs the local stack; unset SANITY_PROJECT_ID, or use npm start.')
  await checkPorts()
  console.log('Building the Content Lake if it changed ...')
  const turbo = ['turbo', 'run', 'build', '--output-logs=errors-only']
  await run('npx', [...turbo, '--filter=@repo/content-lake'], { cwd: ROOT, env })
  const secrets = localSecrets(join(LAYOUT.data, 'local.json'))
  const lake = await startLocalLake({ layout: LAYOUT, secrets, env, cors: studioOrigins })
  services.push(lake.service)
  await lake.service.started
  await migrateLocalComments({ layout: LAYOUT, secrets, certPath: lake.certPath, env })
  const lakeUrl = `https://localhost:${PORTS.lake}`
  await Promise.all([
    start({
      name: 'web',
      command: process.execPath,
      args: [NEXT_BIN, 'dev', '--port', String(PORTS.storefront), '--hostname', '127.0.0.1'],
      cwd: join(ROOT, 'apps/web'),
      env: { ...env, ...localStorefrontEnv({ layout: LAYOUT, secrets, certPath: lake.certPath }) },
      ready: /Ready in/,
    }),
    start({
      name: 'studio',
      command: 'npx',
      args: ['sanity', 'dev', '--port', String(PORTS.studio), '--host', '127.0.0.1'],
      cwd: join(ROOT, 'studio'),
      env: { ...env, SANITY_STUDIO_LAKE_URL: lakeUrl },
      ready: /Sanity Studio using|ready in/i,
    }),
  ])
  for (const service of services) {
    service.child.once('exit', (code, signal) => {
      if (stopping) return
      console.error(
        `\n${service.name} stopped (${signal ?? `exit code ${code}`}); stopping everything.`,
      )
      void shutdown(1)
    })
  }
  console.log(
    [
      '\nReady (hot reload):',
      `  Storefront  http://localhost:${PORTS.storefront}`,
      `  Studio      http://localhost:${PORTS.studio}`,
      `  Lake API    ${lakeUrl}`,
      '',
      `  The dev Studio calls the lake across origins: open ${lakeUrl}/health once and accept its`,
      '  certificate, or trust it for good (README, "The local certificate").',
      '\nPress Ctrl-C to stop.\n',
    ].join('\n'),
  )
}

let stopping = false
async function shutdown(code) {
  if (stopping) return
  stopping = true
  await stopAll([...services].reverse())
  process.exit(code)
}

process.on('SIGINT', () => void shutdown(0))
process.on('SIGTERM', () => void shutdown(0))

main().catch(async (error) => {
  console.error(`\nnpm run dev: ${error instanceof Error ? error.message : String(error)}`)
  await shutdown(1)
})
