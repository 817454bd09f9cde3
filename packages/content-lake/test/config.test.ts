import { describe, expect, test } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  ConfigError,
  DEFAULT_CONFIG,
  loadConfigFile,
  startLake,
  validateConfig,
} from '../src/index'
import { testTlsDir } from './helpers/lake'

describe('validateConfig', () => {
  test('fills in defaults', () => {
    expect(validateConfig({})).toEqual(DEFAULT_CONFIG)
  })

  test('accepts a full config and defaults webhook options', () => {
    const config = validateConfig({
      projectId: 'local',
      datasets: ['production', 'staging'],
      tokens: [{ name: 'Site', token: 'site-token-123', role: 'editor' }],
      cors: ['http://localhost:3000'],
      maxBodyBytes: 2048,
      webhooks: [
        {
          name: 'revalidate',
          dataset: 'production',
          filter: '_type == "article"',
          projection: '{_id}',
          url: 'http://localhost:3000/api/revalidate',
          secret: 's',
          on: ['create'],
        },
      ],
    })
    expect(config.webhooks[0]).toEqual(
      expect.objectContaining({
        includeDrafts: false,
        maxAttempts: 8,
        retryDelayMs: 1000,
        on: ['create'],
      }),
    )
  })

  test('localSession defaults to the first editor token and must name an editor token', () => {
    const tokens = [
      { name: 'Reader', token: 'reader-token-1', role: 'viewer' as const },
      { name: 'Editor', token: 'editor-token-1', role: 'editor' as const },
    ]
    expect(validateConfig({ tokens }).localSession).toBe('Editor')
    expect(validateConfig({ tokens, localSession: false }).localSession).toBeNull()
    expect(() => validateConfig({ tokens, localSession: 'Reader' })).toThrow(
      /localSession: must be false or the name of an editor token/,
    )
  })

  test('lists every problem with its path', () => {
    let error: unknown
    try {
      validateConfig({
        projectID: 'typo',
        datasets: ['Production'],
        tokens: [{ name: 'x', token: 'short', role: 'admin' }],
        cors: ['http://localhost:3000/path'],
        maxBodyBytes: 'big',
        webhooks: [
          { name: 'w', dataset: 'nope', filter: '_type ==', url: 'ftp://x', on: ['publish'] },
        ],
      })
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(ConfigError)
    const problems = error instanceof ConfigError ? error.problems : []
    expect(problems).toEqual([
      expect.stringMatching(/^projectID: unknown key/),
      expect.stringMatching(/^datasets\[0\]: must be lowercase/),
      expect.stringMatching(/^tokens\[0\]\.token: must be at least 8/),
      expect.stringMatching(/^tokens\[0\]\.role: must be "viewer" or "editor"/),
      expect.stringMatching(/^cors\[0\]: must be an origin/),
      expect.stringMatching(/^maxBodyBytes: must be an integer/),
      expect.stringMatching(/^webhooks\[0\]\.dataset: "nope" is not in datasets/),
      expect.stringMatching(/^webhooks\[0\]\.filter: is not valid GROQ/),
      expect.stringMatching(/^webhooks\[0\]\.url: must be an http\(s\) URL/),
      expect.stringMatching(/^webhooks\[0\]\.on: must list some of/),
    ])
  })

  test('loadConfigFile explains unreadable and malformed files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'content-lake-config-'))
    writeFileSync(join(dir, 'bad.json'), '{ "datasets": [')
    expect(() => loadConfigFile(join(dir, 'bad.json'))).toThrow(/bad\.json is not valid JSON/)
    expect(() => loadConfigFile(join(dir, 'missing.json'))).toThrow(/cannot read/)
    rmSync(dir, { recursive: true, force: true })
  })

  test('startLake refuses to start with an invalid config', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'content-lake-config-'))
    const config = {
      ...DEFAULT_CONFIG,
      tokens: [{ name: 'x', token: 'x', role: 'owner' }],
    } as unknown as typeof DEFAULT_CONFIG
    await expect(
      startLake({ dataDir, port: 0, config, tlsDir: testTlsDir(), log: () => undefined }),
    ).rejects.toThrow(/Invalid content-lake config:\n- tokens\[0\]\.token/)
    rmSync(dataDir, { recursive: true, force: true })
  })
})
