import { afterAll, beforeAll, expect, test } from '@jest/globals'
import type { MutationEvent, SanityClient } from '@sanity/client'
import { Collector } from './helpers/collector'
import { EDITOR_TOKEN, startTestLake, type TestLake } from './helpers/lake'

let lake: TestLake
let client: SanityClient

beforeAll(async () => {
  lake = await startTestLake()
  client = lake.client(EDITOR_TOKEN)
})

afterAll(async () => {
  await lake.close()
})

type Event = { type: string } & Partial<Omit<MutationEvent, 'type'>>

/** The listener the Studio opens for a document pair. */
async function pairListener(id: string): Promise<Collector<Event>> {
  const events = new Collector<Event>(
    client.listen(
      '*[_id in $ids]',
      { ids: [id, `drafts.${id}`] },
      {
        includeResult: false,
        includeAllVersions: true,
        enableResume: true,
        events: ['welcome', 'mutation', 'reconnect', 'reset', 'welcomeback'],
        effectFormat: 'mendoza',
      },
    ),
  )
  await events.waitFor((e) => e.type === 'welcome')
  return events
}

test('create + edit in one request (as the Studio commits a new document), then publish', async () => {
  const events = await pairListener('art-1')
  const { transactionId } = await client.action(
    [
      {
        actionType: 'sanity.action.document.create',
        publishedId: 'art-1',
        attributes: { _id: 'drafts.art-1', _type: 'article' },
        ifExists: 'fail',
      },
      {
        actionType: 'sanity.action.document.edit',
        draftId: 'drafts.art-1',
        publishedId: 'art-1',
        patch: { set: { title: 'Hello' } },
      },
    ],
    { transactionId: 'studio-tx-1' },
  )
  expect(transactionId).toBe('studio-tx-1')
  const created = await events.waitFor((e) => e.transactionId === 'studio-tx-1')
  expect(created).toMatchObject({
    documentId: 'drafts.art-1',
    transition: 'appear',
    resultRev: 'studio-tx-1',
    effects: { apply: [0, expect.objectContaining({ title: 'Hello' })], revert: [0, null] },
  })
  expect(created.mutations).toEqual([
    { create: expect.objectContaining({ _id: 'drafts.art-1' }) },
    { patch: { id: 'drafts.art-1', set: { title: 'Hello' } } },
  ])

  const published = await client.action({
    actionType: 'sanity.action.document.publish',
    draftId: 'drafts.art-1',
    publishedId: 'art-1',
  })
  const [appear, gone] = await Promise.all([
    events.waitFor((e) => e.transactionId === published.transactionId && e.documentId === 'art-1'),
    events.waitFor(
      (e) => e.transactionId === published.transactionId && e.documentId === 'drafts.art-1',
    ),
  ])
  events.stop()
  expect(appear).toMatchObject({ transition: 'appear', transactionTotalEvents: 2 })
  expect(gone).toMatchObject({ transition: 'disappear', previousRev: 'studio-tx-1' })
  expect(await client.getDocuments(['art-1', 'drafts.art-1'])).toEqual([
    expect.objectContaining({ title: 'Hello', _rev: published.transactionId }),
    null,
  ])
})

test('editing a published document without a draft creates the draft from it', async () => {
  const original = await client.create({
    _id: 'art-2',
    _type: 'article',
    title: 'Old',
    body: 'keep',
  })
  await client.action({
    actionType: 'sanity.action.document.edit',
    draftId: 'drafts.art-2',
    publishedId: 'art-2',
    patch: { set: { title: 'New' } },
  })
  expect(await client.getDocument('drafts.art-2')).toMatchObject({
    title: 'New',
    body: 'keep',
    _createdAt: original._createdAt,
  })
  expect(await client.getDocument('art-2')).toMatchObject({ title: 'Old', _rev: original._rev })
})

test('publish with a stale ifPublishedRevisionId fails with 409 and changes nothing', async () => {
  const published = await client.create({ _id: 'art-3', _type: 'article', title: 'v1' })
  await client.create({ _id: 'drafts.art-3', _type: 'article', title: 'v2' })
  await client.patch('art-3').set({ title: 'v1b' }).commit()
  const stale = client.action({
    actionType: 'sanity.action.document.publish',
    draftId: 'drafts.art-3',
    publishedId: 'art-3',
    ifPublishedRevisionId: published._rev,
  })
  await expect(stale).rejects.toMatchObject({ statusCode: 409, details: { type: 'actionError' } })
  expect(await client.getDocument('drafts.art-3')).toMatchObject({ title: 'v2' })
  expect(await client.getDocument('art-3')).toMatchObject({ title: 'v1b' })
})

test('unpublish keeps the content as a draft; discard drops the draft', async () => {
  await client.create({ _id: 'art-4', _type: 'article', title: 'Live' })
  await client.action({
    actionType: 'sanity.action.document.unpublish',
    draftId: 'drafts.art-4',
    publishedId: 'art-4',
  })
  expect(await client.getDocuments(['art-4', 'drafts.art-4'])).toEqual([
    null,
    expect.objectContaining({ title: 'Live' }),
  ])
  await client.action({ actionType: 'sanity.action.document.discard', draftId: 'drafts.art-4' })
  expect(await client.getDocument('drafts.art-4')).toBeUndefined()
})

test('delete removes the published document and the listed drafts, and insists on them', async () => {
  await client
    .transaction()
    .create({ _id: 'art-5', _type: 'article' })
    .create({ _id: 'drafts.art-5', _type: 'article' })
    .commit()
  await expect(
    client.action({
      actionType: 'sanity.action.document.delete',
      publishedId: 'art-5',
      includeDrafts: [],
    }),
  ).rejects.toMatchObject({ statusCode: 409 })
  await client.action({
    actionType: 'sanity.action.document.delete',
    publishedId: 'art-5',
    includeDrafts: ['drafts.art-5'],
  })
  expect(await client.getDocuments(['art-5', 'drafts.art-5'])).toEqual([null, null])
})

test('replaceDraft replaces the draft (restoring a revision)', async () => {
  await client.create({ _id: 'drafts.art-6', _type: 'article', title: 'Messy', extra: true })
  await client.action({
    actionType: 'sanity.action.document.replaceDraft',
    publishedId: 'art-6',
    attributes: { _id: 'drafts.art-6', _type: 'article', title: 'Clean' },
  })
  const draft = await client.getDocument('drafts.art-6')
  expect(draft).toMatchObject({ title: 'Clean' })
  expect(draft).not.toHaveProperty('extra')
})

test('an action request fails as a whole, and dryRun writes nothing', async () => {
  const failing = client.action([
    {
      actionType: 'sanity.action.document.create',
      publishedId: 'art-7',
      attributes: { _id: 'drafts.art-7', _type: 'article' },
      ifExists: 'fail',
    },
    {
      actionType: 'sanity.action.document.publish',
      draftId: 'drafts.missing',
      publishedId: 'missing',
    },
  ])
  await expect(failing).rejects.toMatchObject({ statusCode: 409 })
  await client.action(
    {
      actionType: 'sanity.action.document.create',
      publishedId: 'art-8',
      attributes: { _id: 'drafts.art-8', _type: 'article' },
      ifExists: 'fail',
    },
    { dryRun: true },
  )
  expect(await client.getDocuments(['drafts.art-7', 'drafts.art-8'])).toEqual([null, null])
})
