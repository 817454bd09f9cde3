import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { MutationEvent, SanityClient } from '@sanity/client'
import { Collector } from './helpers/collector'
import { EDITOR_TOKEN, startTestLake, VIEWER_TOKEN, type TestLake } from './helpers/lake'

let lake: TestLake
let editor: SanityClient

beforeAll(async () => {
  lake = await startTestLake()
  editor = lake.client(EDITOR_TOKEN)
})

afterAll(async () => {
  await lake.close()
})

type Event = { type: string } & Partial<Omit<MutationEvent, 'type'>>

/** Listens and waits for the welcome event, so later writes are surely seen. */
async function listen(
  client: SanityClient,
  query: string,
  params: Record<string, unknown> = {},
  options: Record<string, unknown> = {},
): Promise<Collector<Event>> {
  const collector = new Collector<Event>(
    client.listen(query, params, { events: ['welcome', 'mutation'], ...options }),
  )
  await collector.waitFor((e) => e.type === 'welcome')
  return collector
}

const mutationFor = (id: string, transition?: string) => (e: Event) =>
  e.type === 'mutation' &&
  e.documentId === id &&
  (transition === undefined || e.transition === transition)

describe('listen', () => {
  test('reports appear, update and disappear with revisions, result, previous and mendoza effects', async () => {
    const events = await listen(
      editor,
      '*[_type == "watched" && live]',
      {},
      { includeResult: true, includePreviousRevision: true, effectFormat: 'mendoza' },
    )
    const created = await editor.create({ _id: 'w-1', _type: 'watched', live: true, n: 1 })
    const updated = await editor.patch('w-1').inc({ n: 1 }).commit()
    const hidden = await editor.patch('w-1').set({ live: false }).commit()
    const appear = await events.waitFor(mutationFor('w-1', 'appear'))
    const update = await events.waitFor(mutationFor('w-1', 'update'))
    const disappear = await events.waitFor(mutationFor('w-1', 'disappear'))
    events.stop()
    expect(appear).toMatchObject({
      resultRev: created._rev,
      result: { n: 1 },
      previous: null,
      visibility: 'query',
      identity: 'local-test-editor',
    })
    expect(appear.previousRev).toBeUndefined()
    expect(update).toMatchObject({
      previousRev: created._rev,
      resultRev: updated._rev,
      result: { n: 2 },
      previous: { n: 1 },
    })
    expect(update.mutations).toEqual([{ patch: { id: 'w-1', inc: { n: 1 } } }])
    const { _rev: _dropped, ...withoutRev } = updated
    expect(update.effects).toEqual({
      apply: [0, withoutRev],
      revert: [0, expect.objectContaining({ n: 1 })],
    })
    expect(disappear).toMatchObject({
      previousRev: updated._rev,
      resultRev: hidden._rev,
      result: { live: false },
    })
  })

  test('a delete disappears with a null effect', async () => {
    await editor.create({ _id: 'w-2', _type: 'watched', live: true })
    const events = await listen(editor, '*[_id == $id]', { id: 'w-2' }, { effectFormat: 'mendoza' })
    const { transactionId } = await editor.delete('w-2')
    const event = await events.waitFor(mutationFor('w-2', 'disappear'))
    events.stop()
    expect(event).toMatchObject({
      transactionId,
      resultRev: transactionId,
      effects: { apply: [0, null] },
    })
    expect(event.result).toBeUndefined()
  })

  test('numbers the events of a multi-document transaction', async () => {
    const events = await listen(editor, '*[_type == "pair"]', {}, { includeMutations: false })
    const { transactionId } = await editor
      .transaction()
      .create({ _id: 'm-1', _type: 'pair' })
      .create({ _id: 'm-2', _type: 'pair' })
      .create({ _id: 'm-3', _type: 'other' })
      .commit()
    const [first, second] = await Promise.all([
      events.waitFor(mutationFor('m-1')),
      events.waitFor(mutationFor('m-2')),
    ])
    events.stop()
    expect(first).toMatchObject({
      transactionId,
      transactionTotalEvents: 2,
      transactionCurrentEvent: 0,
      eventId: `${transactionId}#m-1`,
    })
    expect(second).toMatchObject({
      transactionId,
      transactionTotalEvents: 2,
      transactionCurrentEvent: 1,
    })
    expect(first.mutations).toBeUndefined()
    expect(events.values.some(mutationFor('m-3'))).toBe(false)
  })

  test('draft events need includeAllVersions from API v2025-02-19, and a token', async () => {
    const published = await listen(editor, '*[_type == "drafty"]')
    const all = await listen(editor, '*[_type == "drafty"]', {}, { includeAllVersions: true })
    const viewer = await listen(
      lake.client(VIEWER_TOKEN),
      '*[_type == "drafty"]',
      {},
      { includeAllVersions: true },
    )
    const anonymous = await listen(
      lake.client(),
      '*[_type == "drafty"]',
      {},
      { includeAllVersions: true },
    )
    await editor.create({ _id: 'drafts.dr-1', _type: 'drafty' })
    await editor.create({ _id: 'dr-2', _type: 'drafty' })
    await Promise.all(
      [published, all, viewer, anonymous].map((c) => c.waitFor(mutationFor('dr-2'))),
    )
    expect(all.values.some(mutationFor('drafts.dr-1'))).toBe(true)
    expect(viewer.values.some(mutationFor('drafts.dr-1'))).toBe(true)
    expect(published.values.some(mutationFor('drafts.dr-1'))).toBe(false)
    expect(anonymous.values.some(mutationFor('drafts.dr-1'))).toBe(false)
    for (const c of [published, all, viewer, anonymous]) c.stop()
  })

  test('omits the result unless includeResult is set', async () => {
    const events = await listen(editor, '*[_id == "w-3"]', {}, { includeResult: false })
    await editor.create({ _id: 'w-3', _type: 'watched' })
    const event = await events.waitFor(mutationFor('w-3'))
    events.stop()
    expect(event.result).toBeUndefined()
  })

  test('an invalid filter errors the listener with the parse error', async () => {
    const failed = new Promise<unknown>((resolve) =>
      editor.listen('*[_type == ').subscribe({ error: resolve }),
    )
    await expect(failed).resolves.toMatchObject({
      name: 'ChannelError',
      message: expect.stringContaining('GROQ query parse error'),
    })
  })
})
