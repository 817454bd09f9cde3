import { createClient, type SanityClient } from '@sanity/client'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  startLake,
  type LakeConfigInput,
  type RunningLake,
  type StartLakeOptions,
} from '../../src/index'

export const EDITOR_TOKEN = 'editor-token-0123456789'
export const VIEWER_TOKEN = 'viewer-token-0123456789'

/** A lake for one test file: fresh data folder, random port, the shared trusted test certificate. */
export interface TestLake extends RunningLake {
  dataDir: string
  logs: string[]
  client(token?: string, apiVersion?: string): SanityClient
}

/** The folder with the test certificate (set by scripts/with-test-cert.mjs, which `npm test` runs). */
export function testTlsDir(): string {
  const dir = process.env.CONTENT_LAKE_TEST_TLS_DIR
  if (!dir)
    throw new Error(
      'CONTENT_LAKE_TEST_TLS_DIR is not set: run the tests with `npm test` (scripts/with-test-cert.mjs)',
    )
  return dir
}

/** The config tests start from: an editor and a viewer token. */
export function testConfig(overrides: LakeConfigInput = {}): LakeConfigInput {
  return {
    projectId: 'local',
    datasets: ['production'],
    tokens: [
      { name: 'Test Editor', token: EDITOR_TOKEN, role: 'editor' },
      { name: 'Test Viewer', token: VIEWER_TOKEN, role: 'viewer' },
    ],
    cors: ['http://localhost:3000'],
    maxBodyBytes: 64 * 1024,
    webhooks: [],
    ...overrides,
  }
}

/** Starts a lake in a fresh temporary folder. */
export async function startTestLake(
  options: Partial<StartLakeOptions> & { configOverrides?: LakeConfigInput } = {},
): Promise<TestLake> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'content-lake-test-'))
  const logs: string[] = []
  const lake = await startLake({
    port: 0,
    tlsDir: testTlsDir(),
    log: (line) => logs.push(line),
    config: testConfig(options.configOverrides),
    ...options,
    dataDir,
  })
  return {
    ...lake,
    dataDir,
    logs,
    client: (token, apiVersion) => clientFor(lake.url, token, apiVersion),
    close: async () => {
      await lake.close()
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/** A real @sanity/client pointed at a lake. */
export function clientFor(url: string, token?: string, apiVersion = '2025-02-19'): SanityClient {
  return createClient({
    projectId: 'local',
    dataset: 'production',
    apiHost: url,
    useProjectHostname: false,
    apiVersion,
    useCdn: false,
    token,
  })
}
