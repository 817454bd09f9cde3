import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { SanityClient } from '@sanity/client'
import { isValidSignature } from '@sanity/webhook'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { WebhookConfig } from '../src/index'
import { EDITOR_TOKEN, startTestLake, type TestLake } from './helpers/lake'
import { WebhookReceiver } from './helpers/receiver'

const SECRET = 'webhook-secret-for-tests'
const receiver = new WebhookReceiver()
let lake: TestLake
let client: SanityClient

function hooks(url: string, overrides: Partial<WebhookConfig> = {}): WebhookConfig[] {
  const base = {
    dataset: 'production',
    url,
    secret: SECRET,
    on: ['create', 'update', 'delete'] as WebhookConfig['on'],
    includeDrafts: false,
    maxAttempts: 3,
    retryDelayMs: 50,
  }
  return [
    {
      ...base,
      name: 'articles',
      filter: '_type == "article"',
      projection:
        '{_id, title, "slug": slug.current, "previousSlug": before().slug.current, "op": delta::operation()}',
      ...overrides,
    },
    { ...base, name: 'comments', filter: '_type == "comment"', includeDrafts: true },
  ]
}

beforeAll(async () => {
  const url = await receiver.start()
  lake = await startTestLake({ configOverrides: { webhooks: hooks(url) } })
  client = lake.client(EDITOR_TOKEN)
})

afterAll(async () => {
  await lake.close()
  await receiver.stop()
})

describe('webhooks', () => {
  test('a create is delivered with Sanity headers, a verifiable signature and the projection as body', async () => {
    const { transactionId } = await client.create(
      { _id: 'a-1', _type: 'article', title: 'Hi', slug: { current: 'hi' } },
      { returnDocuments: false },
    )
    const [delivery] = await receiver.waitFor('a-1')
    expect(delivery).toBeDefined()
    if (!delivery) return
    const signature = String(delivery.headers['sanity-webhook-signature'])
    expect(await isValidSignature(delivery.body, signature, SECRET)).toBe(true)
    expect(await isValidSignature(delivery.body, signature, 'wrong-secret')).toBe(false)
    expect(JSON.parse(delivery.body)).toEqual({
      _id: 'a-1',
      title: 'Hi',
      slug: 'hi',
      previousSlug: null,
      op: 'create',
    })
    expect(delivery.headers).toMatchObject({
      'content-type': 'application/json',
      'sanity-operation': 'create',
      'sanity-document-id': 'a-1',
      'sanity-transaction-id': transactionId,
      'sanity-project-id': 'local',
      'sanity-dataset': 'production',
      'idempotency-key': expect.stringMatching(/^idmp_/),
    })
  })

  test('update and delete are delivered; the delete carries the document as it was', async () => {
    await client.create({ _id: 'a-2', _type: 'article', title: 'One' })
    await client.patch('a-2').set({ title: 'Two' }).commit()
    await client.delete('a-2')
    const deliveries = await receiver.waitFor('a-2', 3)
    expect(deliveries.map((d) => d.headers['sanity-operation'])).toEqual([
      'create',
      'update',
      'delete',
    ])
    expect(JSON.parse(deliveries[2]?.body ?? '{}')).toMatchObject({ title: 'Two', op: 'delete' })
  })

  test('projections see the document before the change through before()', async () => {
    await client.create({
      _id: 'a-slug',
      _type: 'article',
      title: 'Six',
      slug: { current: 'old-six' },
    })
    await client
      .patch('a-slug')
      .set({ slug: { current: 'new-six' } })
      .commit()
    const deliveries = await receiver.waitFor('a-slug', 2)
    expect(JSON.parse(deliveries[1]?.body ?? '{}')).toMatchObject({
      slug: 'new-six',
      previousSlug: 'old-six',
      op: 'update',
    })
  })

  test('drafts, non-matching documents, dry runs and failed transactions deliver nothing', async () => {
    await client.create({ _id: 'drafts.a-3', _type: 'article', title: 'Draft' })
    await client.create({ _id: 'n-1', _type: 'note' })
    await client.create({ _id: 'a-4', _type: 'article' }, { dryRun: true })
    await client
      .transaction()
      .create({ _id: 'a-5', _type: 'article' })
      .patch('missing', (p) => p.set({ a: 1 }))
      .commit()
      .catch(() => undefined)
    // A later delivery proves the earlier commits were processed (deliveries are queued in commit order).
    await client.create({ _id: 'drafts.c-1', _type: 'comment' })
    await receiver.waitFor('drafts.c-1')
    expect(['drafts.a-3', 'n-1', 'a-4', 'a-5'].flatMap((id) => receiver.for(id))).toEqual([])
  })

  test('publishing a draft (the publish action of the Studio) delivers for the published document', async () => {
    await client.create({ _id: 'drafts.a-9', _type: 'article', title: 'From the Studio' })
    await client.action({
      actionType: 'sanity.action.document.publish',
      draftId: 'drafts.a-9',
      publishedId: 'a-9',
    })
    const [delivery] = await receiver.waitFor('a-9')
    expect(delivery?.headers['sanity-operation']).toBe('create')
    expect(JSON.parse(delivery?.body ?? '{}')).toMatchObject({
      _id: 'a-9',
      title: 'From the Studio',
    })
    expect(receiver.for('drafts.a-9')).toEqual([])
  })

  test('a failing receiver is retried with backoff until it succeeds, each attempt logged', async () => {
    receiver.script.set('a-6', [500, 503])
    await client.create({ _id: 'a-6', _type: 'article', title: 'Retry' })
    const deliveries = await receiver.waitFor('a-6', 3)
    expect(deliveries.map((d) => d.headers['idempotency-key'])).toEqual(
      Array(3).fill(deliveries[0]?.headers['idempotency-key']),
    )
    for (const d of deliveries)
      expect(
        await isValidSignature(d.body, String(d.headers['sanity-webhook-signature']), SECRET),
      ).toBe(true)
    await waitForLog(/"articles" create a-6: attempt 3 -> 200/)
    expect(lake.logs.filter((line) => line.includes('a-6'))).toEqual([
      expect.stringMatching(/attempt 1 -> 500 in \d+ ms, retry in 50 ms/),
      expect.stringMatching(/attempt 2 -> 503 in \d+ ms, retry in 100 ms/),
      expect.stringMatching(/attempt 3 -> 200 in \d+ ms$/),
    ])
  })

  test('a delivery is given up after maxAttempts', async () => {
    receiver.script.set('a-7', [500, 500, 500, 500])
    await client.create({ _id: 'a-7', _type: 'article' })
    await waitForLog(/a-7: attempt 3 -> 500 in \d+ ms, giving up/)
    expect(receiver.for('a-7')).toHaveLength(3)
  })
})

test('pending deliveries survive a restart', async () => {
  const late = new WebhookReceiver()
  const url = await late.start()
  await late.stop()
  const dataDir = mkdtempSync(join(tmpdir(), 'content-lake-hooks-'))
  const config = { configOverrides: { webhooks: hooks(url, { retryDelayMs: 400 }) }, dataDir }
  let first = await startTestLake(config)
  await first.client(EDITOR_TOKEN).create({ _id: 'a-8', _type: 'article', title: 'Later' })
  await waitForLog(/a-8: attempt 1 -> fetch failed: connect ECONNREFUSED/, first)
  await first.close()
  await late.start(Number(new URL(url).port))
  first = await startTestLake(config)
  const [delivery] = await late.waitFor('a-8')
  await first.close()
  await late.stop()
  rmSync(dataDir, { recursive: true, force: true })
  expect(JSON.parse(delivery?.body ?? '{}')).toMatchObject({ _id: 'a-8', title: 'Later' })
})

async function waitForLog(pattern: RegExp, target: TestLake = lake, ms = 8000): Promise<void> {
  const deadline = Date.now() + ms
  while (!target.logs.some((line) => pattern.test(line))) {
    if (Date.now() > deadline)
      throw new Error(`no log line matching ${pattern}; logs: ${target.logs.join('\n')}`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}
