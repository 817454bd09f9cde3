import { afterEach, describe, expect, test } from '@jest/globals'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { exited, runCli, startCliLake, useTestCert } from './helpers/cli'
import { clientFor, EDITOR_TOKEN, startTestLake, testConfig } from './helpers/lake'

const dirs: string[] = []
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'content-lake-cli-'))
  dirs.push(dir)
  return dir
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

const line = (doc: object): string => JSON.stringify(doc)

describe('import and export', () => {
  test('export writes NDJSON that import loads into another store', async () => {
    const source = tempDir()
    const lake = await startTestLake({ dataDir: source })
    await lake
      .client(EDITOR_TOKEN)
      .transaction()
      .create({ _id: 'b', _type: 'note', text: 'é ✓' })
      .create({ _id: 'drafts.a', _type: 'note' })
      .commit()
    await lake.close()
    const file = join(tempDir(), 'out.ndjson')
    expect(runCli(['export', file, '--data', source])).toMatchObject({
      status: 0,
      stdout: expect.stringContaining('Exported 2 documents'),
    })
    const exported = readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { _id: string })
    expect(exported.map((d) => d._id)).toEqual(['b', 'drafts.a'])

    const target = tempDir()
    expect(runCli(['import', file, '--data', target])).toMatchObject({
      status: 0,
      stdout: expect.stringContaining('Imported 2 documents'),
    })
    const copy = await startTestLake({ dataDir: target })
    expect(await copy.client(EDITOR_TOKEN).fetch('*', {}, { perspective: 'raw' })).toEqual(exported)
    await copy.close()
  })

  test('import is all-or-nothing and names the bad lines', async () => {
    const file = join(tempDir(), 'bad.ndjson')
    writeFileSync(
      file,
      [
        line({ _id: 'ok', _type: 'note' }),
        '{not json',
        line({ _id: 'no-type' }),
        line({ _type: 'x' }),
        line({ _id: 'ok', _type: 'note' }),
      ].join('\n'),
    )
    const target = tempDir()
    const result = runCli(['import', file, '--data', target])
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(/4 bad line\(s\); nothing was imported/)
    expect(result.stderr).toMatch(/line 2: not valid JSON/)
    expect(result.stderr).toMatch(/line 3: document "no-type" has no "_type"/)
    expect(result.stderr).toMatch(/line 4: missing or invalid "_id"/)
    expect(result.stderr).toMatch(/line 5: "_id" ok already on line 1/)
    expect(runCli(['export', '-', '--data', target]).stdout).toBe('')
  })

  test('import refuses a data folder a running lake serves', async () => {
    const dir = tempDir()
    const file = join(dir, 'one.ndjson')
    writeFileSync(file, line({ _id: 'x', _type: 'note' }))
    const lake = await startTestLake({ dataDir: join(dir, 'data') })
    // The lake runs in this (live) process, so the lock names our own pid.
    const result = runCli(['import', file, '--data', join(dir, 'data')])
    await lake.close()
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(/is serving/)
  })

  test('--seed fills an empty store only', async () => {
    const dataDir = tempDir()
    const seed = join(tempDir(), 'seed.ndjson')
    writeFileSync(
      seed,
      [
        line({ _id: 'deal', _type: 'deal', enabled: true }),
        line({ _id: 'article-1', _type: 'article' }),
      ].join('\n'),
    )
    const first = await startTestLake({ dataDir, seedFile: seed })
    const client = first.client(EDITOR_TOKEN)
    expect(await client.fetch('*._id')).toEqual(['article-1', 'deal'])
    await client.delete('deal')
    await first.close()
    const second = await startTestLake({ dataDir, seedFile: seed })
    expect(await second.client(EDITOR_TOKEN).fetch('*._id')).toEqual(['article-1'])
    await second.close()
  })
})

describe('content-lake start', () => {
  test('serves until SIGTERM, then shuts down cleanly', async () => {
    const dataDir = tempDir()
    useTestCert(dataDir)
    const config = join(dataDir, 'config.json')
    writeFileSync(config, JSON.stringify(testConfig()))
    const { child, url, output } = await startCliLake(['--data', dataDir, '--config', config])
    expect(url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/)
    await clientFor(url, EDITOR_TOKEN).create({ _id: 'cli-doc', _type: 'note' })
    expect(existsSync(join(dataDir, 'lake.pid'))).toBe(true)
    child.kill('SIGTERM')
    expect(await exited(child)).toBe(0)
    expect(output()).toContain('SIGTERM: shutting down')
    expect(existsSync(join(dataDir, 'lake.pid'))).toBe(false)
  })

  test('fails with a clear message on a bad config or unknown option', () => {
    const dir = tempDir()
    const config = join(dir, 'config.json')
    writeFileSync(
      config,
      JSON.stringify({ tokens: [{ name: 'a', token: 'abcdefghij', role: 'root' }] }),
    )
    const bad = runCli(['start', '--data', dir, '--config', config])
    expect(bad.status).toBe(1)
    expect(bad.stderr).toContain('tokens[0].role: must be "viewer" or "editor"')
    expect(runCli(['start', '--data', dir, '--prot', '1'])).toMatchObject({
      status: 1,
      stderr: expect.stringContaining('Unknown option --prot'),
    })
    expect(runCli(['frobnicate'])).toMatchObject({
      status: 1,
      stderr: expect.stringContaining('Unknown command'),
    })
  })
})
