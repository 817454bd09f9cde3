import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { MutationEvent, SanityClient } from '@sanity/client'
import { Collector } from './helpers/collector'
import { request } from './helpers/http'
import { EDITOR_TOKEN, startTestLake, VIEWER_TOKEN, type TestLake } from './helpers/lake'

// Reader comments live under sub-path ids (`comments.<id>`); without a token they, their emails and drafts
// must not be reachable by any road: query, doc, join, listen result or listen filter.
const EMAIL = 'reader@example.com'
const SECRET = 'draft-only-secret'

let lake: TestLake
let editor: SanityClient

beforeAll(async () => {
  lake = await startTestLake()
  editor = lake.client(EDITOR_TOKEN)
  await editor
    .transaction()
    .create({
      _id: 'post-1',
      _type: 'post',
      title: 'Public',
      latestComment: { _type: 'reference', _ref: 'comments.c1', _weak: true },
      draft: { _type: 'reference', _ref: 'drafts.post-1', _weak: true },
    })
    .create({ _id: 'drafts.post-1', _type: 'post', title: 'Draft', secret: SECRET })
    .create({
      _id: 'comments.c1',
      _type: 'comment',
      authorEmail: EMAIL,
      status: 'pending',
      post: { _type: 'reference', _ref: 'post-1' },
    })
    .commit()
})

afterAll(async () => {
  await lake.close()
})

type Event = { type: string } & Partial<Omit<MutationEvent, 'type'>>

async function listen(
  client: SanityClient,
  query: string,
  options: Record<string, unknown> = {},
): Promise<Collector<Event>> {
  const collector = new Collector<Event>(
    client.listen(query, {}, { events: ['welcome', 'mutation'], ...options }),
  )
  await collector.waitFor((e) => e.type === 'welcome')
  return collector
}

const COMMENTS = '*[_type == "comment"]{authorEmail, status}'
const JOIN = '*[_id == "post-1"][0]{"comment": latestComment->authorEmail, "draft": draft->secret}'
// A listen filter that is true only when it can see the draft's content.
const PROBE = `*[_id == "post-1" && count(*[_id == "drafts.post-1" && secret == "${SECRET}"]) > 0 || _id == "marker"]`

/** Writes to the comment, the draft and the public post, then a marker every listener sees last. */
async function writeEverything(marker: number): Promise<void> {
  await editor
    .patch('comments.c1')
    .set({ status: `seen-${marker}` })
    .commit()
  await editor
    .patch('drafts.post-1')
    .set({ title: `Draft ${marker}` })
    .commit()
  await editor
    .patch('post-1')
    .set({ title: `Public ${marker}` })
    .commit()
  await editor.createOrReplace({ _id: 'marker', _type: 'marker', n: marker })
}

describe('without a token', () => {
  const anonymous = (): SanityClient => lake.client()

  test('queries in every perspective find no comment, email or draft', async () => {
    for (const perspective of ['raw', 'published', 'drafts'] as const) {
      expect(await anonymous().fetch(COMMENTS, {}, { perspective })).toEqual([])
      const everything = JSON.stringify(await anonymous().fetch('*', {}, { perspective }))
      expect(everything).not.toContain(EMAIL)
      expect(everything).not.toContain(SECRET)
      expect(await anonymous().fetch('*._id', {}, { perspective })).toEqual(['post-1'])
    }
  })

  test('the doc endpoint omits sub-path ids and drafts for permission', async () => {
    expect(await anonymous().getDocument('comments.c1')).toBeUndefined()
    const res = await request(
      `${lake.url}/v2025-02-19/data/doc/production/comments.c1,drafts.post-1,post-1`,
    )
    expect(res.json).toEqual({
      documents: [expect.objectContaining({ _id: 'post-1' })],
      omitted: [
        { id: 'comments.c1', reason: 'permission' },
        { id: 'drafts.post-1', reason: 'permission' },
      ],
    })
  })

  test('joins from a public document dereference only readable documents', async () => {
    expect(await anonymous().fetch(JOIN)).toEqual({ comment: null, draft: null })
    const subquery = '*[_id == "post-1"][0]{"c": *[_id == ^.latestComment._ref][0].authorEmail}'
    expect(await anonymous().fetch(subquery)).toEqual({ c: null })
  })

  test('listeners get no event for unreadable documents, and results never leak them', async () => {
    const options = { includeResult: true, includePreviousRevision: true, includeAllVersions: true }
    const events = await listen(anonymous(), '*', options)
    await writeEverything(1)
    await events.waitFor((e) => e.documentId === 'marker')
    events.stop()
    const ids = events.values.filter((e) => e.type === 'mutation').map((e) => e.documentId)
    expect(ids).toEqual(['post-1', 'marker'])
    const text = JSON.stringify(events.values)
    expect(text).not.toContain(EMAIL)
    expect(text).not.toContain(SECRET)
  })

  test('a listen filter cannot probe a draft through a sub-query', async () => {
    const events = await listen(anonymous(), PROBE)
    await writeEverything(2)
    await events.waitFor((e) => e.documentId === 'marker')
    events.stop()
    const ids = events.values.filter((e) => e.type === 'mutation').map((e) => e.documentId)
    expect(ids).toEqual(['marker'])
  })
})

describe('with a viewer token', () => {
  const viewer = (): SanityClient => lake.client(VIEWER_TOKEN)

  test('queries, doc and joins see comments, emails and drafts', async () => {
    expect(await viewer().fetch(COMMENTS, {}, { perspective: 'raw' })).toEqual([
      { authorEmail: EMAIL, status: expect.any(String) },
    ])
    expect(await viewer().getDocument('comments.c1')).toMatchObject({ authorEmail: EMAIL })
    expect(await viewer().getDocument('drafts.post-1')).toMatchObject({ secret: SECRET })
    expect(await viewer().fetch(JOIN, {}, { perspective: 'raw' })).toEqual({
      comment: EMAIL,
      draft: SECRET,
    })
  })

  test('listeners get every document with its result, and filters see drafts', async () => {
    const options = { includeResult: true, includeAllVersions: true }
    const events = await listen(viewer(), '*', options)
    const probe = await listen(viewer(), PROBE)
    await writeEverything(3)
    await events.waitFor((e) => e.documentId === 'marker')
    await probe.waitFor((e) => e.documentId === 'marker')
    events.stop()
    probe.stop()
    const ids = events.values.filter((e) => e.type === 'mutation').map((e) => e.documentId)
    expect(ids).toEqual(['comments.c1', 'drafts.post-1', 'post-1', 'marker'])
    expect(JSON.stringify(events.values)).toContain(EMAIL)
    const probed = probe.values.filter((e) => e.type === 'mutation').map((e) => e.documentId)
    expect(probed).toEqual(['post-1', 'marker'])
  })

  test('viewers still cannot write', async () => {
    await expect(viewer().patch('post-1').set({ title: 'x' }).commit()).rejects.toMatchObject({
      statusCode: 403,
    })
  })
})
