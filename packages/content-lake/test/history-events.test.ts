import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { SanityClient } from '@sanity/client'
import { Collector } from './helpers/collector'
import { EDITOR_TOKEN, startTestLake, VIEWER_TOKEN, type TestLake } from './helpers/lake'

let lake: TestLake
let client: SanityClient

beforeAll(async () => {
  lake = await startTestLake()
  client = lake.client(EDITOR_TOKEN).withConfig({ perspective: 'raw' })
})

afterAll(async () => {
  await lake.close()
})

interface HistoryEvent {
  type: string
  timestamp: string
  author: string
  [key: string]: unknown
}

interface EventsPage<T> {
  events: T
  nextCursor: string
}

/** The release activity request the Studio's Releases tool sends (`getReleaseActivityEvents`). */
function releaseEvents(
  releaseId: string,
  query: Record<string, string> = {},
  as = client,
): Promise<EventsPage<HistoryEvent[]>> {
  return as.request({ url: `/data/history/production/events/releases/${releaseId}`, query })
}

/** The document history request the Studio's history panel sends (`getInitialFetchEvents`). */
function documentEvents(
  id: string,
  query: Record<string, string> = {},
  as = client,
): Promise<EventsPage<Record<string, HistoryEvent[]>>> {
  return as.request({ url: `/data/history/production/events/documents/${id}`, query })
}

async function eventsOf(id: string): Promise<HistoryEvent[]> {
  return (await documentEvents(id, { limit: '100' })).events[id] ?? []
}

describe('document events', () => {
  test('a draft created, published, unpublished and deleted, newest first, one event per transaction', async () => {
    const draft = await client.create({ _id: 'drafts.ev-a', _type: 'article', title: 'draft' })
    await client.patch('drafts.ev-a').set({ title: 'edited' }).commit()
    await client.action({
      actionType: 'sanity.action.document.publish',
      draftId: 'drafts.ev-a',
      publishedId: 'ev-a',
    })
    const published = await client.getDocument('ev-a')
    await client.action({
      actionType: 'sanity.action.document.unpublish',
      draftId: 'drafts.ev-a',
      publishedId: 'ev-a',
    })
    const unpublishedDraft = await client.getDocument('drafts.ev-a')
    await client.action({ actionType: 'sanity.action.document.discard', draftId: 'drafts.ev-a' })

    const events = await eventsOf('ev-a')
    expect(events.map((e) => e.type)).toEqual([
      'deleteDocumentVersion',
      'unpublishDocument',
      'publishDocumentVersion',
      'createDocumentVersion',
    ])
    expect(events[3]).toMatchObject({
      documentId: 'ev-a',
      versionId: 'drafts.ev-a',
      versionRevisionId: draft._rev,
      author: expect.stringMatching(/^local-/),
    })
    expect(events[2]).toMatchObject({
      versionId: 'drafts.ev-a',
      revisionId: published?._rev,
      publishCause: 'document.publish',
    })
    expect(events[1]).toMatchObject({
      versionId: 'drafts.ev-a',
      versionRevisionId: unpublishedDraft?._rev,
    })
    // The draft's own id answers the same group, keyed by the id asked for.
    expect((await documentEvents('drafts.ev-a')).events['drafts.ev-a']).toEqual(events)
  })

  test('writes straight to a published id are live-document events; deleting it is a group event', async () => {
    const created = await client.create({ _id: 'ev-live', _type: 'article', title: 'one' })
    const updated = await client.patch('ev-live').set({ title: 'two' }).commit()
    await client.delete('ev-live')
    expect(await eventsOf('ev-live')).toEqual([
      expect.objectContaining({ type: 'deleteDocumentGroup', documentId: 'ev-live' }),
      expect.objectContaining({ type: 'updateLiveDocument', revisionId: updated._rev }),
      expect.objectContaining({ type: 'createLiveDocument', revisionId: created._rev }),
    ])
  })

  test('a release published by hand is a release publish; a discarded version is its own event', async () => {
    await client.create({ _id: 'ev-hand', _type: 'article', title: 'live' })
    await client.releases.create({ releaseId: 'rEvHand' })
    await client.releases.create({ releaseId: 'rEvDrop' })
    for (const releaseId of ['rEvHand', 'rEvDrop'])
      await client.createVersion({
        releaseId,
        publishedId: 'ev-hand',
        document: { _type: 'article', title: releaseId },
      })
    await client.discardVersion({ releaseId: 'rEvDrop', publishedId: 'ev-hand' })
    await client.releases.publish({ releaseId: 'rEvHand' })
    const events = await eventsOf('versions.rEvHand.ev-hand')
    expect(events.map((e) => [e.type, e.releaseId])).toEqual([
      ['publishDocumentVersion', 'rEvHand'],
      ['deleteDocumentVersion', 'rEvDrop'],
      ['createDocumentVersion', 'rEvDrop'],
      ['createDocumentVersion', 'rEvHand'],
      ['createLiveDocument', undefined],
    ])
    expect(events[0]).toMatchObject({ publishCause: 'release.publish' })
  })

  test('pages follow nextCursor to the end without repeats', async () => {
    await client.create({ _id: 'ev-page', _type: 'article', title: '0' })
    for (const n of [1, 2, 3, 4])
      await client
        .patch('ev-page')
        .set({ title: `${n}` })
        .commit()
    const all = await eventsOf('ev-page')
    expect(all).toHaveLength(5)
    const paged: HistoryEvent[] = []
    let cursor = ''
    for (let round = 0; round < 5; round++) {
      const page = await documentEvents('ev-page', { limit: '2', nextCursor: cursor })
      paged.push(...(page.events['ev-page'] ?? []))
      cursor = page.nextCursor
      if (cursor === '') break
    }
    expect(cursor).toBe('')
    expect(paged).toEqual(all)
  })
})

describe('release activity', () => {
  test('create, add, discard, edit, schedule, unschedule, then the scheduler publishes: one event each', async () => {
    await client.create({ _id: 'ev-rel', _type: 'article', title: 'before' })
    await client.releases.create({
      releaseId: 'rEvents',
      metadata: { title: 'Events', releaseType: 'asap' },
    })
    await client.createVersion({
      releaseId: 'rEvents',
      publishedId: 'ev-rel',
      document: { _type: 'article', title: 'in release' },
    })
    const version = await client.getDocument('versions.rEvents.ev-rel')
    await client.createVersion({
      releaseId: 'rEvents',
      publishedId: 'ev-gone',
      document: { _type: 'article', title: 'dropped' },
    })
    await client.discardVersion({ releaseId: 'rEvents', publishedId: 'ev-gone' })
    await client.releases.edit({
      releaseId: 'rEvents',
      patch: { set: { 'metadata.releaseType': 'scheduled' } },
    })
    const later = new Date(Date.now() + 3_600_000).toISOString()
    await client.releases.schedule({ releaseId: 'rEvents', publishAt: later })
    await client.releases.unschedule({ releaseId: 'rEvents' })

    const listener = new Collector<{ type: string; documentId?: string }>(
      client.listen('*[_id == "ev-rel"]', {}, { events: ['welcome', 'mutation'] }),
    )
    try {
      await listener.waitFor((e) => e.type === 'welcome')
      const publishAt = new Date(Date.now() + 1500).toISOString()
      await client.releases.schedule({ releaseId: 'rEvents', publishAt })
      await listener.waitFor((e) => e.documentId === 'ev-rel', 10_000)

      const { events, nextCursor } = await releaseEvents('rEvents')
      expect(nextCursor).toBe('')
      expect(events.map((e) => e.type)).toEqual([
        'publishRelease',
        'scheduleRelease',
        'unscheduleRelease',
        'scheduleRelease',
        'editRelease',
        'discardDocumentFromRelease',
        'addDocumentToRelease',
        'addDocumentToRelease',
        'createRelease',
      ])
      expect(events[0]).toMatchObject({
        author: 'system:release-scheduler',
        releaseName: 'rEvents',
      })
      expect(events[1]).toMatchObject({ publishAt, author: expect.stringMatching(/^local-/) })
      expect(events[4]).toMatchObject({ change: { releaseType: 'scheduled' } })
      expect(events[5]).toMatchObject({
        documentId: 'ev-gone',
        versionId: 'versions.rEvents.ev-gone',
      })
      expect(events[7]).toMatchObject({
        documentId: 'ev-rel',
        documentType: 'article',
        versionId: 'versions.rEvents.ev-rel',
        versionRevisionId: version?._rev,
      })
      expect(events[8]).toMatchObject({ change: { releaseType: 'asap' } })

      // The published document's history shows the schedules and the scheduler's publish.
      const docEvents = await eventsOf('ev-rel')
      expect(docEvents.map((e) => e.type)).toEqual([
        'publishDocumentVersion',
        'scheduleDocumentVersion',
        'unscheduleDocumentVersion',
        'scheduleDocumentVersion',
        'createDocumentVersion',
        'createLiveDocument',
      ])
      expect(docEvents[0]).toMatchObject({
        author: 'system:release-scheduler',
        publishCause: 'release.schedule',
        releaseId: 'rEvents',
        versionId: 'versions.rEvents.ev-rel',
      })
      expect(docEvents[1]).toMatchObject({ state: 'published', publishAt })
      expect(docEvents[3]).toMatchObject({ state: 'unscheduled', publishAt: later })
    } finally {
      listener.stop()
    }
  })

  test('archive and unarchive are release events, not discards and additions', async () => {
    await client.releases.create({ releaseId: 'rEvArch' })
    await client.createVersion({
      releaseId: 'rEvArch',
      publishedId: 'ev-arch',
      document: { _type: 'article', title: 'kept' },
    })
    await client.releases.archive({ releaseId: 'rEvArch' })
    await client.releases.unarchive({ releaseId: 'rEvArch' })
    const { events } = await releaseEvents('rEvArch')
    expect(events.map((e) => e.type)).toEqual([
      'unarchiveRelease',
      'archiveRelease',
      'addDocumentToRelease',
      'createRelease',
    ])
  })
})

describe('refusals', () => {
  test('no token is a 401 like the other history routes; a viewer token may read', async () => {
    const anonymous = lake.client()
    await expect(releaseEvents('rEvents', {}, anonymous)).rejects.toMatchObject({
      statusCode: 401,
    })
    await expect(documentEvents('ev-a', {}, anonymous)).rejects.toMatchObject({ statusCode: 401 })
    const viewer = lake.client(VIEWER_TOKEN)
    expect((await releaseEvents('rEvArch', {}, viewer)).events.length).toBeGreaterThan(0)
  })

  test.each([
    ['limit 0', { limit: '0' }],
    ['limit over 1000', { limit: '1001' }],
    ['a limit that is no integer', { limit: '2.5' }],
    ['a cursor we never gave', { nextCursor: 'abc' }],
  ])('%s is a 400 in Sanity’s error shape', async (_name, query) => {
    const refused = { statusCode: 400, response: { body: { error: { type: 'httpBadRequest' } } } }
    await expect(releaseEvents('rEvArch', query)).rejects.toMatchObject(refused)
    await expect(documentEvents('ev-a', query)).rejects.toMatchObject(refused)
  })

  test('a malformed release or document id is a 400', async () => {
    await expect(releaseEvents('bad.release')).rejects.toMatchObject({ statusCode: 400 })
    await expect(documentEvents('a,b')).rejects.toMatchObject({ statusCode: 400 })
  })
})
