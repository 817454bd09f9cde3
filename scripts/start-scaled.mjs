#!/usr/bin/env node
// `npm run start:scaled`: the scaled-out setup on one machine, as it runs in production.
//   - Redis on :6390 (the shared cache, rate limits and idempotency keys of both instances)
//   - the local Content Lake on :3334 with the Studio on :3333 (not with SANITY_PROJECT_ID set),
//     seeded on first start as with `npm start` (`-- --seed FILE` or LAKE_SEED_FILE for a catalogue)
//   - two storefront instances (`next start`) on :3001 and :3002
//   - the caching proxy (Varnish, deploy/varnish) on :3000 in front of both; the lake's webhook
//     goes through it to an instance, which expires its cache tags and purges the proxy
// Every part is supervised as in `npm start`: one that crashes is restarted with backoff while the
// others keep serving. Ctrl-C stops everything.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT, TELEMETRY_OFF, localLayout } from './lib/local-stack.mjs'
import { assertPortFree } from './lib/ports.mjs'
import { run } from './lib/processes.mjs'
import { scaledPorts, startScaledStack } from './lib/scaled-stack.mjs'
import { chooseSeedFile } from './lib/seed-file.mjs'
import { localSecrets } from './lib/secrets.mjs'

const layout = localLayout()
const scaled = scaledPorts()
const hosted = Boolean(process.env.SANITY_PROJECT_ID?.trim())
const env = { ...process.env, ...TELEMETRY_OFF }
let stack

async function checkPorts() {
  await assertPortFree(layout.ports.storefront, 'the caching proxy')
  for (const port of scaled.instances) await assertPortFree(port, 'a storefront instance')
  await assertPortFree(scaled.redis, 'Redis')
  if (hosted) return
  await assertPortFree(layout.ports.lake, 'the local Content Lake')
  await assertPortFree(layout.ports.studio, 'the Studio')
}

async function build() {
  const packages = hosted ? ['@repo/web'] : ['@repo/content-lake', '@repo/studio', '@repo/web']
  console.log(`Building what is missing or changed: ${packages.join(', ')} ...`)
  await run(
    'npx',
    ['turbo', 'run', 'build', '--output-logs=errors-only', ...packages.map((p) => `--filter=${p}`)],
    { cwd: ROOT, env },
  )
  if (!existsSync(join(ROOT, 'apps/web/.next/BUILD_ID')))
    throw new Error('The storefront build is missing after building.')
}

function printUrls() {
  const [first, second] = scaled.instances
  const lines = [
    `  Storefront  http://localhost:${layout.ports.storefront}  (the caching proxy)`,
    `  Instances   http://localhost:${first}  http://localhost:${second}`,
    `  Redis       redis://127.0.0.1:${scaled.redis}`,
  ]
  if (hosted) lines.push(`  Content:    Sanity project ${process.env.SANITY_PROJECT_ID?.trim()}`)
  else
    lines.push(
      `  Studio      https://localhost:${layout.ports.studio}`,
      `  Lake API    https://localhost:${layout.ports.lake}`,
    )
  lines.push('', `  Local secrets and data: ${layout.data}`)
  console.log(`\nReady:\n${lines.join('\n')}\n\nPress Ctrl-C to stop.\n`)
}

let stopping = false
async function shutdown(code) {
  if (stopping) return
  stopping = true
  await stack?.stop()
  process.exit(code)
}

async function main() {
  const seedFile = await chooseSeedFile({ root: ROOT, data: layout.data, hosted })
  await checkPorts()
  await build()
  const secrets = localSecrets(join(layout.data, 'local.json'))
  const proxySecret = process.env.PROXY_SECRET?.trim() || secrets.proxySecret
  stack = await startScaledStack({
    layout,
    scaled,
    secrets: { ...secrets, proxySecret },
    env,
    hosted,
    seedFile,
  })
  printUrls()
}

process.on('SIGINT', () => void shutdown(0))
process.on('SIGTERM', () => void shutdown(0))

main().catch(async (error) => {
  console.error(`\nnpm run start:scaled: ${error instanceof Error ? error.message : String(error)}`)
  await shutdown(1)
})
