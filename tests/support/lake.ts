import { randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { WEBHOOK_FILTER, WEBHOOK_PROJECTION } from '@repo/content/cache-tags'
import { LakeApi } from './lake-api'
import { childEnv, LAKE_CLI, ROOT, SEED_FILE } from './paths'
import { startService, type Service } from './service'

export interface LakeOptions {
  /** Where the lake sends its signed webhook for published changes (the storefront's /api/revalidate). */
  webhookUrl?: string
  webhookSecret?: string
  /** NDJSON to seed an empty lake with (default: the project's seed content). */
  seedFile?: string
  /** A built Studio (e.g. `STUDIO_DIST`) for the lake to serve, with the API, on a second port. */
  studioDir?: string
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

/** A test lake that also serves a built Studio (and the whole API) on its own origin. */
export interface StudioLake extends TestLake {
  studioUrl: string
}

const secret = () => randomBytes(18).toString('base64url')

const LOCAL_URL = String.raw`https:\/\/127\.0\.0\.1:\d+`

/** The line the CLI prints once it listens: the API's URL, then the Studio's when it serves one. */
function listeningLine(withStudio: boolean): RegExp {
  const studio = withStudio ? String.raw` \(Studio and API on (${LOCAL_URL})\)` : ''
  return new RegExp(`listening on (${LOCAL_URL})${studio}`)
}

function lakeConfig(
  tokens: TestLake['tokens'],
  webhookUrl: string | undefined,
  webhookSecret: string,
): object {
  return {
    projectId: 'local',
    datasets: ['production'],
    tokens: [
      { name: 'Test editor', token: tokens.editor, role: 'editor' },
      { name: 'Test viewer', token: tokens.viewer, role: 'viewer' },
    ],
    webhooks: webhookUrl
      ? [
          {
            name: 'storefront',
            dataset: 'production',
            filter: WEBHOOK_FILTER,
            projection: WEBHOOK_PROJECTION,
            url: webhookUrl,
            secret: webhookSecret,
            on: ['create', 'update', 'delete'],
            retryDelayMs: 200,
          },
        ]
      : [],
  }
}

/**
 * Starts a local Content Lake (the built CLI) on a free port with its data in a temp dir; with
 * `studioDir`, it also serves that Studio on a second free port. Its local session (what the
 * Studio signs in with) is the editor token's.
 */
export function startTestLake(options: LakeOptions & { studioDir: string }): Promise<StudioLake>
export function startTestLake(options?: LakeOptions): Promise<TestLake>
export async function startTestLake(options: LakeOptions = {}): Promise<TestLake | StudioLake> {
  const dataDir = mkdtempSync(join(tmpdir(), 'lake-test-'))
  const tokens = { editor: secret(), viewer: secret() }
  const webhookSecret = options.webhookSecret ?? secret()
  const configFile = join(dataDir, 'config.json')
  writeFileSync(configFile, JSON.stringify(lakeConfig(tokens, options.webhookUrl, webhookSecret)))
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
    ...(options.studioDir ? ['--studio-dir', options.studioDir, '--studio-port', '0'] : []),
  ]
  const service = startService('lake', process.execPath, [LAKE_CLI, ...args], {
    cwd: ROOT,
    env: childEnv({}),
  })
  const close = async () => {
    await service.stop()
    rmSync(dataDir, { recursive: true, force: true })
  }
  let urls: RegExpExecArray | null
  try {
    const listening = listeningLine(Boolean(options.studioDir))
    // A large seed (the 10,000-article scale catalogue, about 190 MB) is imported before the lake
    // listens: allow a second per MB on top, as a loaded machine imports a few MB a second.
    const seedMb = statSync(options.seedFile ?? SEED_FILE).size / (1 << 20)
    urls = listening.exec(
      await service.waitForLine(listening, { timeoutMs: 60_000 + Math.ceil(seedMb) * 1000 }),
    )
  } catch (error) {
    await close()
    throw error
  }
  const [, url = '', studioUrl] = urls ?? []
  const certPath = join(dataDir, 'data/tls/cert.pem')
  const api = new LakeApi(url, readFileSync(certPath, 'utf8'), tokens.editor)
  return {
    url,
    ...(studioUrl ? { studioUrl } : {}),
    certPath,
    tokens,
    webhookSecret,
    api,
    service,
    close,
  }
}
