import { afterAll, beforeAll, expect, test } from '@jest/globals'
import type { MutationEvent, SanityClient } from '@sanity/client'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { WebhookConfig } from '../src/index'
import { Collector } from './helpers/collector'
import { EDITOR_TOKEN, startTestLake, type TestLake } from './helpers/lake'
import { WebhookReceiver } from './helpers/receiver'

const receiver = new WebhookReceiver()
const dataDir = mkdtempSync(join(tmpdir(), 'content-lake-schedule-'))
let hooks: WebhookConfig[]

beforeAll(async () => {
  const url = await receiver.start()
  hooks = [
    {
      name: 'articles',
      dataset: 'production',
      url,
      on: ['create', 'update', 'delete'],
      filter: '_type == "article"',
      includeDrafts: false,
      maxAttempts: 3,
      retryDelayMs: 50,
    },
  ]
})

afterAll(async () => {
  await receiver.stop()
  rmSync(dataDir, { recursive: true, force: true })
})

function start(): Promise<TestLake> {
  return startTestLake({ dataDir, configOverrides: { webhooks: hooks } })
}

async function scheduleTwo(client: SanityClient, publishAt: string): Promise<void> {
  await client.createOrReplace({ _id: 's-old', _type: 'article', title: 'before' })
  await client.releases.create({ releaseId: 'rTimed', metadata: { releaseType: 'scheduled' } })
  await client.createVersion({ releaseId: 'rTimed', publishedId: 's-old', baseId: 's-old' })
  await client.action({
    actionType: 'sanity.action.document.edit',
    draftId: 'versions.rTimed.s-old',
    publishedId: 's-old',
    patch: { set: { title: 'after' } },
  })
  await client.createVersion({
    releaseId: 'rTimed',
    publishedId: 's-new',
    document: { _id: 'versions.rTimed.s-new', _type: 'article', title: 'brand new' },
  })
  await client.releases.schedule({ releaseId: 'rTimed', publishAt })
}

test('a scheduled release publishes on its own at publishAt, after a restart before the time', async () => {
  const publishAt = new Date(Date.now() + 2500).toISOString()
  const first = await start()
  await scheduleTwo(first.client(EDITOR_TOKEN), publishAt)
  await first.close()

  const lake = await start()
  let events: Collector<{ type: string } & Partial<Omit<MutationEvent, 'type'>>> | undefined
  try {
    const client = lake.client(EDITOR_TOKEN)
    events = new Collector<{ type: string } & Partial<Omit<MutationEvent, 'type'>>>(
      client.listen('*[_id in ["s-old", "s-new"]]', {}, { events: ['welcome', 'mutation'] }),
    )
    await events.waitFor((e) => e.type === 'welcome')
    expect(await client.getDocument('s-old')).toMatchObject({ title: 'before' })
    const published = await events.waitFor((e) => e.documentId === 's-new', 8000)
    // On time: not before publishAt, and within a second after it.
    const late = Date.parse(String(published.timestamp)) - Date.parse(publishAt)
    expect(late).toBeGreaterThanOrEqual(0)
    expect(late).toBeLessThan(1000)
    expect(published.identity).toBe('system:release-scheduler')
    const docs = await client.fetch('*[_id in ["s-old", "s-new"]]{_id, title, _rev} | order(_id)')
    expect(docs).toEqual([
      { _id: 's-new', title: 'brand new', _rev: published.transactionId },
      { _id: 's-old', title: 'after', _rev: published.transactionId },
    ])
    expect(await client.releases.get({ releaseId: 'rTimed' })).toMatchObject({
      state: 'published',
      publishAt,
      publishedAt: published.timestamp,
    })
    // s-old was delivered once already, when it was first written; the release's publish is the second.
    await receiver.waitFor('s-new', 1)
    await receiver.waitFor('s-old', 2)
    const fromRelease = receiver.received
      .filter((r) => r.headers['sanity-transaction-id'] === published.transactionId)
      .map((r) => [r.headers['sanity-document-id'], r.headers['sanity-operation']])
    expect(fromRelease.sort()).toEqual([
      ['s-new', 'create'],
      ['s-old', 'update'],
    ])
  } finally {
    events?.stop()
    await lake.close()
  }
})

test('the timer follows schedule changes: an earlier release re-arms it, an unscheduled one never fires', async () => {
  const lake = await start()
  try {
    const client = lake.client(EDITOR_TOKEN)
    const releaseIds = ['rLater', 'rCancelled', 'rSoon'] as const
    for (const releaseId of releaseIds) {
      await client.releases.create({ releaseId })
      await client.createVersion({
        releaseId,
        publishedId: `t-${releaseId}`,
        document: { _id: `versions.${releaseId}.t-${releaseId}`, _type: 'note', title: releaseId },
      })
    }
    // Times taken after the setup, with room for the three schedules and the unschedule on a busy
    // machine: rCancelled must still be pending when it is unscheduled.
    const soon = Date.now() + 4000
    const times = { rLater: Date.now() + 3_600_000, rCancelled: soon - 500, rSoon: soon }
    for (const releaseId of releaseIds) {
      await client.releases.schedule({
        releaseId,
        publishAt: new Date(times[releaseId]).toISOString(),
      })
    }
    await client.releases.unschedule({ releaseId: 'rCancelled' })
    const events = new Collector<{ type: string; documentId?: string }>(
      client.listen('*[_id == "t-rSoon"]', {}, { events: ['welcome', 'mutation'] }),
    )
    try {
      await events.waitFor((e) => e.documentId === 't-rSoon', 20_000)
    } finally {
      events.stop()
    }
    const states = await client.fetch(
      'releases::all()[name in $names]{name, state} | order(name)',
      {
        names: ['rCancelled', 'rLater', 'rSoon'],
      },
    )
    expect(states).toEqual([
      { name: 'rCancelled', state: 'active' },
      { name: 'rLater', state: 'scheduled' },
      { name: 'rSoon', state: 'published' },
    ])
    expect(await client.getDocument('t-rCancelled')).toBeUndefined()
  } finally {
    await lake.close()
  }
})
