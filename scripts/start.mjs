#!/usr/bin/env node
// `npm start`: runs the product locally with no configuration and no network.
//   1. builds what is missing (turbo: the Content Lake, the Studio, the storefront; cached work is skipped)
//   2. generates local secrets once (.data/local.json)
//   3. starts the local Content Lake on :3334 (seeded on first start) serving the Studio on :3333
//   4. starts the storefront (`next start`) on :3000, trusting the lake's certificate
// With SANITY_PROJECT_ID set, the storefront reads Sanity's hosted Content Lake and only it starts.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { lakeConfig, webhookContract } from './lib/contract.mjs'
import { assertPortFree } from './lib/ports.mjs'
import { run, startService, stopAll } from './lib/processes.mjs'
import { localSecrets } from './lib/secrets.mjs'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const DATA = join(ROOT, '.data')
const PORTS = { storefront: 3000, studio: 3333, lake: 3334 }
const TELEMETRY_OFF = {
  NEXT_TELEMETRY_DISABLED: '1',
  SANITY_TELEMETRY_DISABLED: '1',
  TURBO_TELEMETRY_DISABLED: '1',
}
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

async function startLocalLake(secrets) {
  const { filter, projection } = await webhookContract()
  const revalidateUrl = `http://127.0.0.1:${PORTS.storefront}/api/revalidate`
  const configFile = join(DATA, 'lake.config.json')
  mkdirSync(DATA, { recursive: true })
  writeFileSync(
    configFile,
    `${JSON.stringify(lakeConfig({ secrets, revalidateUrl, filter, projection }), null, 2)}\n`,
    { mode: 0o600 },
  )
  const lake = startService({
    name: 'lake',
    command: process.execPath,
    args: [
      join(ROOT, 'packages/content-lake/dist/cli.js'),
      'start',
      ...['--data', join(DATA, 'lake'), '--port', String(PORTS.lake)],
      ...['--seed', join(ROOT, 'packages/content/seed/seed.ndjson'), '--config', configFile],
      ...['--studio-dir', join(ROOT, 'studio/dist'), '--studio-port', String(PORTS.studio)],
    ],
    cwd: ROOT,
    env,
    ready: /listening on/,
  })
  services.push(lake)
  await lake.started
  return join(DATA, 'lake/tls/cert.pem')
}

async function startStorefront(extraEnv) {
  const nextBin = createRequire(join(ROOT, 'apps/web/package.json')).resolve('next/dist/bin/next')
  const web = startService({
    name: 'web',
    command: process.execPath,
    args: [nextBin, 'start', '--port', String(PORTS.storefront), '--hostname', '127.0.0.1'],
    cwd: join(ROOT, 'apps/web'),
    env: { ...env, ...extraEnv },
    ready: /Ready in/,
  })
  services.push(web)
  await web.started
}

function localStorefrontEnv(secrets, certPath) {
  return {
    NODE_EXTRA_CA_CERTS: certPath,
    CONTENT_LAKE_URL: `https://127.0.0.1:${PORTS.lake}`,
    SANITY_API_READ_TOKEN: secrets.viewerToken,
    SANITY_API_WRITE_TOKEN: secrets.storefrontWriteToken,
    SANITY_WEBHOOK_SECRET: secrets.webhookSecret,
    SITE_URL: process.env.SITE_URL ?? `http://localhost:${PORTS.storefront}`,
  }
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
  await stopAll([...services].reverse())
  process.exit(code)
}

async function main() {
  await checkPorts()
  await build()
  if (!existsSync(join(ROOT, 'apps/web/.next/BUILD_ID')))
    throw new Error('The storefront build is missing after building.')
  if (hosted) {
    await startStorefront({})
  } else {
    const secrets = localSecrets(join(DATA, 'local.json'))
    const certPath = await startLocalLake(secrets)
    await startStorefront(localStorefrontEnv(secrets, certPath))
  }
  for (const service of services) {
    service.child.once('exit', (code, signal) => {
      if (stopping) return
      console.error(
        `\n${service.name} stopped unexpectedly (${signal ?? `exit code ${code}`}); stopping everything.`,
      )
      void shutdown(1)
    })
  }
  printUrls()
}

process.on('SIGINT', () => void shutdown(0))
process.on('SIGTERM', () => void shutdown(0))

main().catch(async (error) => {
  console.error(`\nnpm start: ${error instanceof Error ? error.message : String(error)}`)
  await shutdown(1)
})
