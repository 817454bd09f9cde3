import { randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { LakeApi } from '../support/lake-api'
import { childEnv, LAKE_CLI, ROOT, SEED_FILE } from '../support/paths'
import { freePort } from '../support/ports'
import { startService, type Service } from '../support/service'

/**
 * A local lake (the built CLI, a separate process) on a fixed port and data folder, so it can be
 * killed with SIGKILL mid-test and started again where it was: what `startTestLake` does not do.
 */
export interface RestartableLake {
  url: string
  certPath: string
  tokens: { editor: string; viewer: string }
  webhookSecret: string
  api: LakeApi
  /** SIGKILL: no shutdown, no flush; resolves once the process is gone. */
  kill(): Promise<void>
  /** Starts the lake again on the same port and data. */
  restart(): Promise<void>
  close(): Promise<void>
}

const secret = () => randomBytes(18).toString('base64url')

async function launch(args: string[]): Promise<Service> {
  const service = startService('lake', process.execPath, [LAKE_CLI, ...args], {
    cwd: ROOT,
    env: childEnv({}),
  })
  try {
    await service.waitForLine(/listening on https:\/\/127\.0\.0\.1:\d+/)
  } catch (error) {
    await service.stop()
    throw error
  }
  return service
}

/** Starts a seeded lake without webhooks on a free port that it keeps across restarts. */
export async function startRestartableLake(): Promise<RestartableLake> {
  const dir = mkdtempSync(join(tmpdir(), 'lake-restartable-'))
  const tokens = { editor: secret(), viewer: secret() }
  const config = {
    projectId: 'local',
    datasets: ['production'],
    tokens: [
      { name: 'Test editor', token: tokens.editor, role: 'editor' },
      { name: 'Test viewer', token: tokens.viewer, role: 'viewer' },
    ],
  }
  writeFileSync(join(dir, 'config.json'), JSON.stringify(config))
  const port = await freePort()
  const args = [
    'start',
    '--data',
    join(dir, 'data'),
    '--port',
    String(port),
    '--config',
    join(dir, 'config.json'),
    '--seed',
    SEED_FILE,
  ]
  let service = await launch(args)
  const url = `https://127.0.0.1:${port}`
  const certPath = join(dir, 'data/tls/cert.pem')
  return {
    url,
    certPath,
    tokens,
    webhookSecret: secret(),
    api: new LakeApi(url, readFileSync(certPath, 'utf8'), tokens.editor),
    async kill() {
      const exited = new Promise((resolve) => service.child.once('exit', resolve))
      service.child.kill('SIGKILL')
      await exited
    },
    async restart() {
      service = await launch(args)
    },
    async close() {
      await service.stop()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
