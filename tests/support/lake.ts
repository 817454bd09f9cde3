import { randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { WEBHOOK_PROJECTION } from '@repo/content/cache-tags'
import { LakeApi } from './lake-api'
import { childEnv, LAKE_CLI, ROOT, SEED_FILE } from './paths'
import { startService, type Service } from './service'

export interface LakeOptions {
  /** Where the lake sends its signed webhook for published changes (the storefront's /api/revalidate). */
  webhookUrl?: string
  webhookSecret?: string
  /** NDJSON to seed an empty lake with (default: the project's seed content). */
  seedFile?: string
}

export interface TestLake {
  url: string
  certPath: string
  tokens: { editor: string; viewer: string }
  webhookSecret: string
  /** Writes and queries with the editor token. */
  api: LakeApi
  service: Service
  /** Stops the lake and deletes its data. */
  close(): Promise<void>
}

const secret = () => randomBytes(18).toString('base64url')

/** The published document types the storefront renders; the webhook fires for each. */
const PUBLISHED_TYPES = ['article', 'author', 'category', 'comment', 'deal', 'siteSettings']

/** Starts a local Content Lake (the built CLI) on a free port with its data in a temp dir. */
export async function startTestLake(options: LakeOptions = {}): Promise<TestLake> {
  const dataDir = mkdtempSync(join(tmpdir(), 'lake-test-'))
  const tokens = { editor: secret(), viewer: secret() }
  const webhookSecret = options.webhookSecret ?? secret()
  const config = {
    projectId: 'local',
    datasets: ['production'],
    tokens: [
      { name: 'Test editor', token: tokens.editor, role: 'editor' },
      { name: 'Test viewer', token: tokens.viewer, role: 'viewer' },
    ],
    webhooks: options.webhookUrl
      ? [
          {
            name: 'storefront',
            dataset: 'production',
            filter: `_type in ${JSON.stringify(PUBLISHED_TYPES)}`,
            projection: WEBHOOK_PROJECTION,
            url: options.webhookUrl,
            secret: webhookSecret,
            on: ['create', 'update', 'delete'],
            retryDelayMs: 200,
          },
        ]
      : [],
  }
  const configFile = join(dataDir, 'config.json')
  writeFileSync(configFile, JSON.stringify(config))
  const args = [
    'start',
    '--data',
    join(dataDir, 'data'),
    '--port',
    '0',
    '--config',
    configFile,
    '--seed',
    options.seedFile ?? SEED_FILE,
  ]
  const service = startService('lake', process.execPath, [LAKE_CLI, ...args], {
    cwd: ROOT,
    env: childEnv({}),
  })
  let url: string
  try {
    const line = await service.waitForLine(/listening on https:\/\/127\.0\.0\.1:\d+/)
    url = /https:\/\/127\.0\.0\.1:\d+/.exec(line)?.[0] ?? ''
  } catch (error) {
    await service.stop()
    rmSync(dataDir, { recursive: true, force: true })
    throw error
  }
  const certPath = join(dataDir, 'data/tls/cert.pem')
  return {
    url,
    certPath,
    tokens,
    webhookSecret,
    api: new LakeApi(url, readFileSync(certPath, 'utf8'), tokens.editor),
    service,
    async close() {
      await service.stop()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
