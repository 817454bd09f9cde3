import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { SanityClient, SanityDocument } from '@sanity/client'
import { Collector } from './helpers/collector'
import { EDITOR_TOKEN, startTestLake, type TestLake } from './helpers/lake'

let lake: TestLake
let client: SanityClient

beforeAll(async () => {
  lake = await startTestLake()
  client = lake.client(EDITOR_TOKEN).withConfig({ perspective: 'raw' })
})

afterAll(async () => {
  await lake.close()
})

interface HistoryLine {
  id: string
  timestamp: string
  author: string
  documentIDs: string[]
  effects?: Record<string, { apply: unknown[]; revert: unknown[] }>
  mutations?: unknown[]
}

/** The transactions endpoint's NDJSON, as the Studio's history panel reads it. */
async function transactions(
  ids: string[],
  query: Record<string, string> = {},
): Promise<HistoryLine[]> {
  const text: string = await client.request({
    url: `/data/history/production/transactions/${ids.join(',')}`,
    query,
    json: false,
  })
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as HistoryLine)
}

async function documents(ids: string[], query: Record<string, string>): Promise<SanityDocument[]> {
  const body: { documents: SanityDocument[] } = await client.request({
    url: `/data/history/production/documents/${ids.join(',')}`,
    query,
  })
  return body.documents
}

describe('history transactions', () => {
  test('lists every transaction of a document with mendoza effects, newest first with reverse', async () => {
    const first = await client.create({ _id: 'h-a', _type: 'article', title: 'one' })
    const second = await client.patch('h-a').set({ title: 'two' }).commit()
    const lines = await transactions(['h-a'], {
      effectFormat: 'mendoza',
      excludeContent: 'true',
      excludeMutations: 'true',
      includeIdentifiedDocumentsOnly: 'true',
      reverse: 'true',
    })
    expect(lines.map((line) => line.id)).toEqual([second._rev, first._rev])
    expect(lines[0]).toMatchObject({
      documentIDs: ['h-a'],
      author: expect.stringMatching(/^local-/),
      effects: { 'h-a': { apply: [0, expect.objectContaining({ title: 'two' })] } },
    })
    expect(lines[0]?.effects?.['h-a']?.revert).toEqual([
      0,
      expect.objectContaining({ title: 'one' }),
    ])
    expect(lines[1]?.effects?.['h-a']?.revert).toEqual([0, null])
    expect(lines[0]).not.toHaveProperty('mutations')
  })

  test('limit, fromTransaction and toTransaction select a range', async () => {
    const revs: string[] = []
    await client.create({ _id: 'h-b', _type: 'article', title: 'b0' })
    for (const n of [1, 2, 3])
      revs.push(
        (
          await client
            .patch('h-b')
            .set({ title: `b${n}` })
            .commit()
        )._rev,
      )
    const [r1, r2, r3] = revs
    const range = await transactions(['h-b'], {
      fromTransaction: r1 ?? '',
      toTransaction: r2 ?? '',
    })
    expect(range.map((line) => line.id)).toEqual([r1, r2])
    const newest = await transactions(['h-b'], { reverse: 'true', limit: '1' })
    expect(newest.map((line) => line.id)).toEqual([r3])
  })

  test('a scheduled or manual release publish is one transaction over the version and the published document', async () => {
    await client.create({ _id: 'h-rel', _type: 'article', title: 'before release' })
    await client.releases.create({ releaseId: 'rHist' })
    await client.createVersion({
      releaseId: 'rHist',
      publishedId: 'h-rel',
      document: { _type: 'article', title: 'from release' },
    })
    const { transactionId } = await client.releases.publish({ releaseId: 'rHist' })
    const lines = await transactions(['h-rel', 'versions.rHist.h-rel'], {
      effectFormat: 'mendoza',
      reverse: 'true',
      limit: '1',
    })
    expect(lines[0]?.id).toBe(transactionId)
    expect(lines[0]?.documentIDs).toEqual(
      expect.arrayContaining(['h-rel', 'versions.rHist.h-rel', '_.releases.rHist']),
    )
    expect(lines[0]?.effects?.['h-rel']?.apply).toEqual([
      0,
      expect.objectContaining({ title: 'from release' }),
    ])
    // What the Studio's published-release view asks for: the versions' last revisions.
    const release = await client.releases.get({ releaseId: 'rHist' })
    const finalIds = (release?.finalDocumentStates ?? []).map((state) => state.id)
    expect(finalIds).toEqual(['versions.rHist.h-rel'])
    const [version] = await documents(finalIds, { lastRevision: 'true' })
    expect(version).toMatchObject({ _id: 'versions.rHist.h-rel', title: 'from release' })
  })
})

test('a scheduled publish is in the published document history, by the scheduler', async () => {
  await client.create({ _id: 'h-sched', _type: 'article', title: 'unscheduled' })
  await client.releases.create({ releaseId: 'rHistTimed' })
  await client.createVersion({
    releaseId: 'rHistTimed',
    publishedId: 'h-sched',
    document: { _type: 'article', title: 'on time' },
  })
  const events = new Collector<{ type: string; documentId?: string; transactionId?: string }>(
    client.listen('*[_id == "h-sched"]', {}, { events: ['welcome', 'mutation'] }),
  )
  try {
    await events.waitFor((e) => e.type === 'welcome')
    const publishAt = new Date(Date.now() + 1500).toISOString()
    await client.releases.schedule({ releaseId: 'rHistTimed', publishAt })
    const published = await events.waitFor((e) => e.documentId === 'h-sched', 8000)
    const [line] = await transactions(['h-sched'], { reverse: 'true', limit: '1' })
    expect(line).toMatchObject({
      id: published.transactionId,
      author: 'system:release-scheduler',
      documentIDs: expect.arrayContaining(['h-sched', 'versions.rHistTimed.h-sched']),
    })
    expect(Date.parse(line?.timestamp ?? '')).toBeGreaterThanOrEqual(Date.parse(publishAt))
  } finally {
    events.stop()
  }
})

describe('history documents', () => {
  test('returns a document at a revision and at a time', async () => {
    const first = await client.create({ _id: 'h-c', _type: 'article', title: 'c1' })
    const between = new Date().toISOString()
    await new Promise((resolve) => setTimeout(resolve, 5))
    await client.patch('h-c').set({ title: 'c2' }).commit()
    expect(await documents(['h-c'], { revision: first._rev })).toEqual([
      expect.objectContaining({ _id: 'h-c', title: 'c1', _rev: first._rev }),
    ])
    expect(await documents(['h-c'], { time: between })).toEqual([
      expect.objectContaining({ title: 'c1' }),
    ])
    expect(await documents(['h-c'], { revision: 'no-such-rev' })).toEqual([])
  })

  test('refuses anonymous callers, two selectors at once and bad times, changing nothing', async () => {
    const anonymous = lake.client()
    await expect(
      anonymous.request({ url: '/data/history/production/documents/h-a?lastRevision=true' }),
    ).rejects.toMatchObject({ statusCode: 401 })
    await expect(
      documents(['h-a'], { revision: 'x', time: new Date().toISOString() }),
    ).rejects.toMatchObject({
      statusCode: 400,
    })
    await expect(documents(['h-a'], { time: 'yesterday' })).rejects.toMatchObject({
      statusCode: 400,
    })
    await expect(transactions(['h-a'], { limit: '0' })).rejects.toMatchObject({ statusCode: 400 })
    expect(await client.getDocument('h-a')).toMatchObject({ title: 'two' })
  })
})
