/** Test helper: a real local Content Lake on a free port, seeded from given documents. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startLake } from '@repo/content-lake'
import { createClient, type SanityClient } from '@sanity/client'

export const LAKE_EDITOR_TOKEN = 'content-test-editor-token'

export interface TestLake {
  url: string
  /** An editor client (raw perspective: sees drafts as they are stored). */
  editor: SanityClient
  close(): Promise<void>
}

/** Starts a lake whose store holds exactly `documents`. Needs `npm test` (the test certificate). */
export async function startSeededLake(documents: object[]): Promise<TestLake> {
  const tlsDir = process.env.CONTENT_LAKE_TEST_TLS_DIR
  if (!tlsDir || !process.env.NODE_EXTRA_CA_CERTS) {
    throw new Error('Run this test with `npm test` (it trusts the lake test certificate)')
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'content-lake-test-'))
  const seedFile = join(dataDir, 'seed.ndjson')
  writeFileSync(seedFile, documents.map((doc) => JSON.stringify(doc)).join('\n'))
  const lake = await startLake({
    dataDir: join(dataDir, 'lake'),
    port: 0,
    seedFile,
    tlsDir,
    log: () => undefined,
    config: {
      projectId: 'local',
      datasets: ['production'],
      tokens: [{ name: 'Test editor', token: LAKE_EDITOR_TOKEN, role: 'editor' }],
      cors: [],
      maxBodyBytes: 1024 * 1024,
      webhooks: [],
    },
  })
  const editor = createClient({
    projectId: 'local',
    dataset: 'production',
    apiHost: lake.url,
    useProjectHostname: false,
    apiVersion: '2025-02-19',
    token: LAKE_EDITOR_TOKEN,
    useCdn: false,
    perspective: 'raw',
  })
  return {
    url: lake.url,
    editor,
    close: async () => {
      await lake.close()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
