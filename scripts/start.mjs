#!/usr/bin/env node
// `npm start`: runs the product locally with no configuration and no network.
//   1. builds what is missing (turbo: the Content Lake, the Studio, the storefront; cached work is skipped)
//   2. generates local secrets once (.data/local.json)
//   3. starts the local Content Lake on :3334 (seeded on first start, from the repository's seed
//      content or the NDJSON file of `--seed FILE` / LAKE_SEED_FILE) serving the Studio on :3333,
//      and moves comments a `.data/` from before private comment ids still has (one query when none)
//   4. starts the storefront (`next start`) on :3000, trusting the lake's certificate
// Both are supervised: one that crashes is logged and restarted with backoff, while the other keeps
// running (the storefront serves what it has cached while the lake is away). Ctrl-C stops both.
// With SANITY_PROJECT_ID set, the storefront reads Sanity's hosted Content Lake and only it starts.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import {
  NEXT_BIN,
  ROOT,
  TELEMETRY_OFF,
  localLayout,
  localStorefrontEnv,
  migrateLocalComments,
  prepareLocalLake,
} from './lib/local-stack.mjs'
import { assertPortFree } from './lib/ports.mjs'
import { run, startService, stopAll, supervise } from './lib/processes.mjs'
import { chooseSeedFile } from './lib/seed-file.mjs'
import { localSecrets } from './lib/secrets.mjs'

const LAYOUT = localLayout()
const { ports: PORTS, data: DATA } = LAYOUT
const hosted = Boolean(process.env.SANITY_PROJECT_ID?.trim())
const env = { ...process.env, ...TELEMETRY_OFF }
const services = []

async function checkPorts() {
  await assertPortFree(PORTS.storefront, 'the storefront')
  if (hosted) return
  await assertPortFree(PORTS.lake, 'the local Content Lake')
  await assertPortFree(PORTS.studio, 'the Studio')
}

/** Turbo builds each package only when its inputs changed since the last build it cached. */
async function build() {
  const packages = hosted ? ['@repo/web'] : ['@repo/content-lake', '@repo/studio', '@repo/web']
  console.log(`Building what is missing or changed: ${packages.join(', ')} ...`)
  await run(
    'npx',
    ['turbo', 'run', 'build', '--output-logs=errors-only', ...packages.map((p) => `--filter=${p}`)],
    { cwd: ROOT, env },
  )
}

async function startLake(secrets, seedFile) {
  const lake = await prepareLocalLake({
    layout: LAYOUT,
    secrets,
    seedFile,
    env,
    studioDir: join(ROOT, 'studio/dist'),
  })
  const service = supervise({ name: 'lake', start: lake.start })
  services.push(service)
  await service.started
  return lake.certPath
}

async function startStorefront(extraEnv) {
  const web = supervise({
    name: 'web',
    start: () =>
      startService({
        name: 'web',
        command: process.execPath,
        args: [NEXT_BIN, 'start', '--port', String(PORTS.storefront), '--hostname', '127.0.0.1'],
        cwd: join(ROOT, 'apps/web'),
        env: { ...env, ...extraEnv },
        ready: /Ready in/,
      }),
  })
  services.push(web)
  await web.started
}

function printUrls() {
  const lines = [`  Storefront  http://localhost:${PORTS.storefront}`]
  if (!hosted) {
    lines.push(
      `  Studio      https://localhost:${PORTS.studio}`,
      `  Lake API    https://localhost:${PORTS.lake}`,
    )
    lines.push('', `  Local secrets and data: ${DATA} (delete it to start over from the seed)`)
  } else lines.push(`  Content:    Sanity project ${process.env.SANITY_PROJECT_ID?.trim()}`)
  console.log(`\nReady:\n${lines.join('\n')}\n\nPress Ctrl-C to stop.\n`)
}

let stopping = false
async function shutdown(code) {
  if (stopping) return
  stopping = true
  for (const service of services) service.halt()
  await stopAll([...services].reverse())
  process.exit(code)
}

async function main() {
  const seedFile = await chooseSeedFile({ root: ROOT, data: DATA, hosted })
  await checkPorts()
  await build()
  if (!existsSync(join(ROOT, 'apps/web/.next/BUILD_ID')))
    throw new Error('The storefront build is missing after building.')
  if (hosted) {
    await startStorefront({})
  } else {
    const secrets = localSecrets(join(DATA, 'local.json'))
    const certPath = await startLake(secrets, seedFile)
    await migrateLocalComments({ layout: LAYOUT, secrets, certPath, env })
    await startStorefront(localStorefrontEnv({ layout: LAYOUT, secrets, certPath }))
  }
  printUrls()
}

process.on('SIGINT', () => void shutdown(0))
process.on('SIGTERM', () => void shutdown(0))

main().catch(async (error) => {
  console.error(`\nnpm start: ${error instanceof Error ? error.message : String(error)}`)
  await shutdown(1)
})
