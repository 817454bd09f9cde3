import { afterAll, beforeAll, expect, test } from '@jest/globals'
import type { SanityClient } from '@sanity/client'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { EDITOR_TOKEN, startTestLake, type TestLake } from './helpers/lake'
import { SseReader } from './helpers/sse'

const dataDir = mkdtempSync(join(tmpdir(), 'content-lake-resume-'))
let lake: TestLake
let client: SanityClient

beforeAll(async () => {
  lake = await startTestLake({ dataDir, keepAliveMs: 100 })
  client = lake.client(EDITOR_TOKEN)
})

afterAll(async () => {
  await lake.close()
  rmSync(dataDir, { recursive: true, force: true })
})

const auth = { authorization: `Bearer ${EDITOR_TOKEN}` }
const listenUrl = (extra = ''): string =>
  `${lake.url}/v2025-02-19/data/listen/production?query=${encodeURIComponent('*[_type == "resumable"]')}&includeResult=true${extra}`

test('welcome comes first, with the log position as its id, and keep-alive comments follow', async () => {
  const reader = await new SseReader().open(listenUrl(), auth)
  const [welcome] = await reader.waitFor((e) => e.event === 'welcome')
  expect(reader.events[0]).toBe(welcome)
  expect(welcome?.id).toMatch(/^\d+$/)
  expect(welcome?.data).toEqual({ listenerName: expect.any(String) })
  await reader.waitFor((e) => e.comment === 'keepalive')
  reader.close()
  expect(reader.status).toBe(200)
})

test('reconnecting with Last-Event-ID replays what was missed, in order', async () => {
  const first = await new SseReader().open(listenUrl(), auth)
  const [welcome] = await first.waitFor((e) => e.event === 'welcome')
  first.close()
  const a = await client
    .transaction()
    .create({ _id: 'r-1', _type: 'resumable' })
    .create({ _id: 'r-2', _type: 'resumable' })
    .commit()
  const b = await client.patch('r-1').set({ v: 2 }).commit({ returnDocuments: false })
  const again = await new SseReader().open(listenUrl(), {
    ...auth,
    'last-event-id': welcome?.id ?? '',
  })
  const replayed = await again.waitFor((e) => e.event === 'mutation', 3)
  again.close()
  expect(again.events[0]?.event).toBe('welcome')
  expect(replayed.map((e) => e.data)).toEqual([
    expect.objectContaining({
      documentId: 'r-1',
      transactionId: a.transactionId,
      transactionTotalEvents: 2,
      transactionCurrentEvent: 0,
    }),
    expect.objectContaining({
      documentId: 'r-2',
      transactionId: a.transactionId,
      transactionTotalEvents: 2,
      transactionCurrentEvent: 1,
    }),
    expect.objectContaining({
      documentId: 'r-1',
      transactionId: b.transactionId,
      transition: 'update',
      result: expect.objectContaining({ v: 2 }),
    }),
  ])
  const ids = replayed.map((e) => Number(e.id))
  expect(ids).toEqual([...ids].sort((x, y) => x - y))
})

test('resumable listeners get welcomeback, or reset when the position is unknown', async () => {
  const fresh = await new SseReader().open(listenUrl('&enableResume=true'), auth)
  const [welcome] = await fresh.waitFor((e) => e.event === 'welcome')
  fresh.close()
  const resumed = await new SseReader().open(listenUrl('&enableResume=true'), {
    ...auth,
    'last-event-id': welcome?.id ?? '',
  })
  await resumed.waitFor((e) => e.event === 'welcomeback')
  resumed.close()
  const unknown = await new SseReader().open(listenUrl('&enableResume=true'), {
    ...auth,
    'last-event-id': '999999999',
  })
  await unknown.waitFor((e) => e.event === 'reset')
  unknown.close()
})

test('the event log survives a restart, so a listener resumes across it', async () => {
  const before = await new SseReader().open(listenUrl(), auth)
  const [welcome] = await before.waitFor((e) => e.event === 'welcome')
  before.close()
  await client.create({ _id: 'r-3', _type: 'resumable' })
  await lake.close()
  lake = await startTestLake({ dataDir, keepAliveMs: 100 })
  client = lake.client(EDITOR_TOKEN)
  const after = await new SseReader().open(listenUrl(), {
    ...auth,
    'last-event-id': welcome?.id ?? '',
  })
  const [event] = await after.waitFor((e) => e.event === 'mutation')
  after.close()
  expect(event?.data).toMatchObject({ documentId: 'r-3', transition: 'appear' })
})
