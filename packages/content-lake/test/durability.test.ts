import { afterAll, expect, test } from '@jest/globals'
import type { SanityClient } from '@sanity/client'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { exited, startCliLake, useTestCert } from './helpers/cli'
import { clientFor, EDITOR_TOKEN, testConfig } from './helpers/lake'

const dataDir = mkdtempSync(join(tmpdir(), 'content-lake-durability-'))
const configFile = join(dataDir, 'config.json')

afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true })
})

const WORKERS = 4
const KILL_AFTER_ACKS = 60
const DOCS_PER_TRANSACTION = 3

/** Writes three-document transactions until the server goes away; returns the acknowledged batch numbers. */
async function writeUntilKilled(
  client: SanityClient,
  onAck: (count: number) => void,
): Promise<Set<number>> {
  const acked = new Set<number>()
  let next = 0
  let stopped = false
  const worker = async (): Promise<void> => {
    while (!stopped && next < 10_000) {
      const batch = next++
      const tx = client.transaction()
      for (let i = 0; i < DOCS_PER_TRANSACTION; i++)
        tx.create({ _id: `b${batch}-${i}`, _type: 'batchdoc', batch, payload: 'x'.repeat(2000) })
      try {
        await tx.commit({ returnDocuments: false })
        acked.add(batch)
        onAck(acked.size)
      } catch {
        stopped = true
      }
    }
  }
  await Promise.all(Array.from({ length: WORKERS }, worker))
  return acked
}

test('every acknowledged transaction survives kill -9, and no transaction is partial', async () => {
  useTestCert(dataDir)
  writeFileSync(configFile, JSON.stringify(testConfig()))
  const first = await startCliLake(['--data', dataDir, '--config', configFile])
  // Requests must not be retried by the client after the kill: a retry against the restarted lake would blur the result.
  const client = clientFor(first.url, EDITOR_TOKEN).withConfig({ maxRetries: 0 })
  const acked = await writeUntilKilled(client, (count) => {
    if (count === KILL_AFTER_ACKS) first.child.kill('SIGKILL')
  })
  expect(await exited(first.child)).toBe('SIGKILL')
  expect(acked.size).toBeGreaterThanOrEqual(KILL_AFTER_ACKS)

  const second = await startCliLake(['--data', dataDir, '--config', configFile])
  const stored = await clientFor(second.url, EDITOR_TOKEN).fetch<
    Array<{ _id: string; batch: number }>
  >('*[_type == "batchdoc"]{_id, batch}')
  second.child.kill('SIGTERM')
  expect(await exited(second.child)).toBe(0)

  const perBatch = new Map<number, number>()
  for (const doc of stored) perBatch.set(doc.batch, (perBatch.get(doc.batch) ?? 0) + 1)
  const missing = [...acked].filter((batch) => perBatch.get(batch) !== DOCS_PER_TRANSACTION)
  const partial = [...perBatch].filter(([, count]) => count !== DOCS_PER_TRANSACTION)
  expect(missing).toEqual([])
  expect(partial).toEqual([])
  expect(perBatch.size).toBeGreaterThanOrEqual(acked.size)
})
