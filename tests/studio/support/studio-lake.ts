import { randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { WEBHOOK_PROJECTION } from '@repo/content/cache-tags'
import type { TestLake } from '../../support/lake'
import { LakeApi } from '../../support/lake-api'
import { childEnv, LAKE_CLI, ROOT, SEED_FILE } from '../../support/paths'
import { startService } from '../../support/service'
import { STUDIO_DIST } from './studio-build'

/** A test lake that also serves the built Studio (and the whole API) on its own origin. */
export interface StudioLake extends TestLake {
  studioUrl: string
}

const secret = () => randomBytes(18).toString('base64url')

/** The published types the storefront renders, as in `startTestLake`: the webhook fires for each. */
const PUBLISHED_TYPES = ['article', 'author', 'category', 'comment', 'deal', 'siteSettings']

function configFor(
  tokens: { editor: string; viewer: string },
  webhookUrl: string,
  webhookSecret: string,
): object {
  return {
    projectId: 'local',
    datasets: ['production'],
    // The first editor token is the one `GET /local-session` hands to the Studio.
    tokens: [
      { name: 'Studio editor', token: tokens.editor, role: 'editor' },
      { name: 'Storefront', token: tokens.viewer, role: 'viewer' },
    ],
    webhooks: [
      {
        name: 'storefront',
        dataset: 'production',
        filter: `_type in ${JSON.stringify(PUBLISHED_TYPES)}`,
        projection: WEBHOOK_PROJECTION,
        url: webhookUrl,
        secret: webhookSecret,
        on: ['create', 'update', 'delete'],
        retryDelayMs: 200,
      },
    ],
  }
}

/**
 * Starts the lake's CLI on free ports, seeded, with its data in a temp dir, serving `studio/dist`
 * on a second port and sending its signed webhook to `webhookUrl`.
 */
export async function startStudioLake(webhookUrl: string): Promise<StudioLake> {
  const dataDir = mkdtempSync(join(tmpdir(), 'lake-studio-test-'))
  const tokens = { editor: secret(), viewer: secret() }
  const webhookSecret = secret()
  const configFile = join(dataDir, 'config.json')
  writeFileSync(configFile, JSON.stringify(configFor(tokens, webhookUrl, webhookSecret)))
  const args = [
    'start',
    '--data',
    join(dataDir, 'data'),
    '--port',
    '0',
    '--config',
    configFile,
    '--seed',
    SEED_FILE,
  ]
  const service = startService(
    'lake',
    process.execPath,
    [LAKE_CLI, ...args, '--studio-dir', STUDIO_DIST, '--studio-port', '0'],
    {
      cwd: ROOT,
      env: childEnv({}),
    },
  )
  const close = async () => {
    await service.stop()
    rmSync(dataDir, { recursive: true, force: true })
  }
  let urls: RegExpExecArray | null
  try {
    const line = await service.waitForLine(
      /listening on https:\/\/127\.0\.0\.1:\d+ \(Studio and API on https:\/\/127\.0\.0\.1:\d+\)/,
    )
    urls = /(https:\/\/127\.0\.0\.1:\d+) \(Studio and API on (https:\/\/127\.0\.0\.1:\d+)\)/.exec(
      line,
    )
  } catch (error) {
    await close()
    throw error
  }
  const [, url = '', studioUrl = ''] = urls ?? []
  const certPath = join(dataDir, 'data/tls/cert.pem')
  const api = new LakeApi(url, readFileSync(certPath, 'utf8'), tokens.editor)
  return { url, studioUrl, certPath, tokens, webhookSecret, api, service, close }
}
