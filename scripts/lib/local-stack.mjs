// The parts of the local stack that `npm start` and `npm run dev` share: where things are, the
// ports, and how the local Content Lake and the storefront's variables are set up.
import { mkdirSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { lakeConfig, webhookContract } from './contract.mjs'
import { run, startService } from './processes.mjs'
import { DEFAULT_SEED } from './seed-file.mjs'

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

export const TELEMETRY_OFF = {
  NEXT_TELEMETRY_DISABLED: '1',
  SANITY_TELEMETRY_DISABLED: '1',
  TURBO_TELEMETRY_DISABLED: '1',
}

const port = (value, fallback) => {
  const parsed = Number(value)
  return Number.isInteger(parsed) && parsed > 0 && parsed < 65536 ? parsed : fallback
}

/**
 * The ports and data folder of the local stack: 3000, 3333, 3334 and `.data/`, unless
 * STOREFRONT_PORT, STUDIO_PORT, LAKE_PORT or LOCAL_DATA_DIR say otherwise (tests use free ports).
 */
export function localLayout(env = process.env) {
  return {
    ports: {
      storefront: port(env.STOREFRONT_PORT, 3000),
      studio: port(env.STUDIO_PORT, 3333),
      lake: port(env.LAKE_PORT, 3334),
    },
    data: resolve(env.LOCAL_DATA_DIR?.trim() || join(ROOT, '.data')),
  }
}

/** The `next` CLI of the storefront. */
export const NEXT_BIN = createRequire(join(ROOT, 'apps/web/package.json')).resolve(
  'next/dist/bin/next',
)

/**
 * Starts the local Content Lake (seeded on first start) with the storefront's webhook. With
 * `studioDir` it also serves that built Studio; `cors` lists extra origins allowed to call it.
 * Resolves with the service (await its `started`) and the path of the lake's certificate.
 */
export async function startLocalLake(options) {
  const lake = await prepareLocalLake(options)
  return { service: lake.start(), certPath: lake.certPath }
}

/**
 * Writes the local lake's config and resolves with `start()`, which starts one run of it (call it
 * again to restart the lake on the same data and ports), and the path of its certificate. An empty
 * data folder is seeded from `seedFile` (the repository's seed content unless given).
 */
export async function prepareLocalLake({
  layout,
  secrets,
  env,
  studioDir,
  cors = [],
  seedFile = join(ROOT, DEFAULT_SEED),
  revalidateUrl = `http://127.0.0.1:${layout.ports.storefront}/api/revalidate`,
}) {
  const { filter, projection } = await webhookContract()
  const configFile = join(layout.data, 'lake.config.json')
  mkdirSync(layout.data, { recursive: true, mode: 0o700 })
  const config = { ...lakeConfig({ secrets, revalidateUrl, filter, projection }), cors }
  writeFileSync(configFile, `${JSON.stringify(config, null, 2)}\n`, { mode: 0o600 })
  const studio = studioDir
    ? ['--studio-dir', studioDir, '--studio-port', String(layout.ports.studio)]
    : []
  const start = () =>
    startService({
      name: 'lake',
      command: process.execPath,
      args: [
        join(ROOT, 'packages/content-lake/dist/cli.js'),
        'start',
        ...['--data', join(layout.data, 'lake'), '--port', String(layout.ports.lake)],
        ...['--seed', seedFile, '--config', configFile],
        ...studio,
      ],
      cwd: ROOT,
      env,
      ready: /listening on/,
      // A new lake imports its seed before it listens: a second per MB on top of the usual two
      // minutes (a catalogue of 10,000 articles, 190 MB, takes about 40 s on an idle machine).
      timeoutMs: 120_000 + Math.ceil(statSync(seedFile).size / (1 << 20)) * 1000,
    })
  return { start, certPath: join(layout.data, 'lake/tls/cert.pem') }
}

/** The storefront's variables for the local lake: its certificate, tokens and webhook secret. */
export function localStorefrontEnv({ layout, secrets, certPath }) {
  return {
    NODE_EXTRA_CA_CERTS: certPath,
    CONTENT_LAKE_URL: `https://127.0.0.1:${layout.ports.lake}`,
    SANITY_API_READ_TOKEN: secrets.viewerToken,
    SANITY_API_WRITE_TOKEN: secrets.storefrontWriteToken,
    SANITY_WEBHOOK_SECRET: secrets.webhookSecret,
    SITE_URL: process.env.SITE_URL ?? `http://localhost:${layout.ports.storefront}`,
  }
}

/**
 * Runs the private-comments migration against the local lake: a `.data/` made before comments
 * moved to `comments.<key>` still has root-path comments, which anonymous readers could see.
 * Idempotent; when there is nothing to move it is one count query.
 */
export async function migrateLocalComments({ layout, secrets, certPath, env }) {
  await run(
    process.execPath,
    [join(ROOT, 'packages/content/scripts/migrate-private-comments.mjs')],
    {
      cwd: ROOT,
      env: {
        ...env,
        NODE_EXTRA_CA_CERTS: certPath,
        CONTENT_LAKE_URL: `https://127.0.0.1:${layout.ports.lake}`,
        SANITY_DATASET: 'production',
        SANITY_API_WRITE_TOKEN: secrets.editorToken,
      },
    },
  )
}
