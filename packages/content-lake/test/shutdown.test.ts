import { afterAll, expect, test } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { exited, startCliLake, useTestCert } from './helpers/cli'
import { request } from './helpers/http'
import { clientFor, EDITOR_TOKEN, testConfig } from './helpers/lake'
import { nestedQuery } from './helpers/queries'

const dataDir = mkdtempSync(join(tmpdir(), 'content-lake-shutdown-'))
const configFile = join(dataDir, 'config.json')

afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true })
})

test('SIGTERM during a runaway query shuts the lake down within seconds, data intact', async () => {
  useTestCert(dataDir)
  writeFileSync(configFile, JSON.stringify(testConfig()))
  // A long deadline, so only the shutdown can end the runaway in time.
  const args = ['--data', dataDir, '--config', configFile, '--query-timeout', '60000']
  const first = await startCliLake(args)
  const tx = clientFor(first.url, EDITOR_TOKEN).transaction()
  for (let i = 0; i < 40; i++) tx.create({ _id: `x-${i}`, _type: 'x', n: i })
  await tx.commit()

  const query = encodeURIComponent(nestedQuery(6))
  const runaway = request(`${first.url}/v2025-02-19/data/query/production?query=${query}`).catch(
    (error: unknown) => error,
  )
  await new Promise((resolve) => setTimeout(resolve, 300))
  expect((await request(`${first.url}/health`)).status).toBe(200)
  const signalled = performance.now()
  first.child.kill('SIGTERM')
  expect(await exited(first.child)).toBe(0)
  expect(performance.now() - signalled).toBeLessThan(5000)
  await runaway

  const second = await startCliLake(args)
  const count = await clientFor(second.url, EDITOR_TOKEN).fetch<number>('count(*[_type == "x"])')
  second.child.kill('SIGTERM')
  expect(await exited(second.child)).toBe(0)
  expect(count).toBe(40)
})
