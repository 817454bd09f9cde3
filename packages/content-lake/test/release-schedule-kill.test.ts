import { afterAll, beforeAll, expect, test } from '@jest/globals'
import type { SanityClient } from '@sanity/client'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { WebhookConfigInput } from '../src/index'
import { exited, startCliLake, useTestCert } from './helpers/cli'
import { clientFor, EDITOR_TOKEN, testConfig } from './helpers/lake'
import { WebhookReceiver } from './helpers/receiver'

const dataDir = mkdtempSync(join(tmpdir(), 'content-lake-release-kill-'))
const configFile = join(dataDir, 'config.json')
const receiver = new WebhookReceiver()
const LEAD_MS = 3000

beforeAll(async () => {
  const url = await receiver.start()
  useTestCert(dataDir)
  const hook: WebhookConfigInput = {
    name: 'articles',
    dataset: 'production',
    url,
    on: ['create', 'update', 'delete'],
    filter: '_type == "article"',
    retryDelayMs: 50,
  }
  writeFileSync(configFile, JSON.stringify(testConfig({ webhooks: [hook] })))
})

afterAll(async () => {
  await receiver.stop()
  rmSync(dataDir, { recursive: true, force: true })
})

async function scheduleTwo(client: SanityClient, publishAt: string): Promise<void> {
  await client.releases.create({ releaseId: 'rKill', metadata: { releaseType: 'scheduled' } })
  for (const id of ['k-1', 'k-2']) {
    await client.createVersion({
      releaseId: 'rKill',
      publishedId: id,
      document: { _id: `versions.rKill.${id}`, _type: 'article', title: `live ${id}` },
    })
  }
  await client.releases.schedule({ releaseId: 'rKill', publishAt })
}

/** Waits until a moment has passed; the lake must stay down across it, so there is no event to await. */
function until(time: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, time - Date.now())))
}

test('a release due while the lake was killed publishes once at the next start, with its webhooks', async () => {
  const first = await startCliLake(['--data', dataDir, '--config', configFile])
  const publishAt = new Date(Date.now() + LEAD_MS).toISOString()
  await scheduleTwo(clientFor(first.url, EDITOR_TOKEN), publishAt)
  first.child.kill('SIGKILL')
  expect(await exited(first.child)).toBe('SIGKILL')
  expect(Date.now()).toBeLessThan(Date.parse(publishAt))
  await until(Date.parse(publishAt) + 500)

  const second = await startCliLake(['--data', dataDir, '--config', configFile])
  const client = clientFor(second.url, EDITOR_TOKEN).withConfig({ perspective: 'raw' })
  const [one] = await receiver.waitFor('k-1')
  const [two] = await receiver.waitFor('k-2')
  const docs = await client.fetch('*[_type == "article"]{_id, title, _rev} | order(_id)')
  const release = await client.releases.get({ releaseId: 'rKill' })
  second.child.kill('SIGTERM')
  expect(await exited(second.child)).toBe(0)

  const transactionId = one?.headers['sanity-transaction-id']
  expect(two?.headers['sanity-transaction-id']).toBe(transactionId)
  expect(docs).toEqual([
    { _id: 'k-1', title: 'live k-1', _rev: transactionId },
    { _id: 'k-2', title: 'live k-2', _rev: transactionId },
  ])
  expect(release).toMatchObject({ state: 'published', publishAt })

  // A third start must not publish or deliver again.
  const third = await startCliLake(['--data', dataDir, '--config', configFile])
  const again = clientFor(third.url, EDITOR_TOKEN)
  const revs = await again.fetch('*[_type == "article"]._rev')
  third.child.kill('SIGTERM')
  expect(await exited(third.child)).toBe(0)
  expect(revs).toEqual([transactionId, transactionId])
  expect(receiver.received.map((r) => r.headers['sanity-document-id']).sort()).toEqual([
    'k-1',
    'k-2',
  ])
})
