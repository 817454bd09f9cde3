import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { LiveEvent, SanityClient } from '@sanity/client'
import { firstValueFrom } from 'rxjs'
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

/** Opens live.events() and waits for its welcome, so later writes are surely seen. */
async function live(client: SanityClient, includeDrafts: boolean): Promise<Collector<LiveEvent>> {
  const events = new Collector<LiveEvent>(client.live.events({ includeDrafts }))
  await events.waitFor((e) => e.type === 'welcome')
  return events
}

const messageTagged = (tag: `s1:${string}`) => (e: LiveEvent) =>
  e.type === 'message' && e.tags.includes(tag)

describe('the Live Content API events stream', () => {
  test('welcomes @sanity/client live.events(), with drafts for a token', async () => {
    const client = lake.client(VIEWER_TOKEN, 'v2025-02-19')
    await expect(
      firstValueFrom(client.live.events({ includeDrafts: true })),
    ).resolves.toMatchObject({
      type: 'welcome',
    })
  })

  test('announces draft changes with includeDrafts and only published ones without', async () => {
    const withDrafts = await live(lake.client(VIEWER_TOKEN), true)
    const publishedOnly = await live(lake.client(), false)
    await editor.create({ _id: 'drafts.live-1', _type: 'liveDraft', title: 'typed' })
    const draftMessage = await withDrafts.waitFor(messageTagged('s1:type:liveDraft'))
    expect(draftMessage).toMatchObject({ type: 'message', tags: ['s1:type:liveDraft'] })
    expect(draftMessage.type === 'message' && draftMessage.id).toMatch(/^\d+$/)

    await editor.create({ _id: 'live-2', _type: 'livePublished', title: 'out' })
    await withDrafts.waitFor(messageTagged('s1:type:livePublished'))
    await publishedOnly.waitFor(messageTagged('s1:type:livePublished'))
    withDrafts.stop()
    publishedOnly.stop()
    // The draft was committed first on the same ordered stream, so it would have arrived by now.
    expect(publishedOnly.values.filter(messageTagged('s1:type:liveDraft'))).toEqual([])
    expect(publishedOnly.error).toBeUndefined()
    expect(withDrafts.error).toBeUndefined()
  })

  test('refuses includeDrafts without a token (401), as Sanity does', async () => {
    const res = await fetch(
      `${lake.url}/v2025-02-19/data/live/events/production?includeDrafts=true`,
    )
    expect(res.status).toBe(401)
  })

  test('answers 404 for a dataset that does not exist', async () => {
    const res = await fetch(`${lake.url}/v2025-02-19/data/live/events/nope`)
    expect(res.status).toBe(404)
  })
})
