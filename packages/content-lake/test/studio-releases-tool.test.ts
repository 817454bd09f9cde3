import { afterAll, beforeAll, expect, test } from '@jest/globals'
import type { SanityClient } from '@sanity/client'
import { Collector } from './helpers/collector'
import { EDITOR_TOKEN, startTestLake, type TestLake } from './helpers/lake'

// What Studio 5.31's Releases tool asks of the lake beyond the release actions themselves.
let lake: TestLake
let client: SanityClient

beforeAll(async () => {
  lake = await startTestLake()
  client = lake.client(EDITOR_TOKEN).withConfig({ perspective: 'raw' })
})

afterAll(async () => {
  await lake.close()
})

test('/features lists contentReleases, without which the Studio shows releases as an upsell', async () => {
  await expect(client.request({ uri: '/features' })).resolves.toEqual(['contentReleases'])
})

test('a listener on the release list query (projection and order) hears release changes', async () => {
  const query =
    '*[_type=="system.release" && _id in path("_.releases.*")] {_id, state, ...select(length(error.message) > 0 => { error }, {})} | order(_createdAt desc)'
  const events = new Collector<{ type: string; documentId?: string }>(
    client.listen(query, {}, { events: ['welcome', 'mutation'], includeAllVersions: true }),
  )
  try {
    await events.waitFor((e) => e.type === 'welcome')
    await client.releases.create({ releaseId: 'rListed' })
    await events.waitFor((e) => e.documentId === '_.releases.rListed')
  } finally {
    events.stop()
  }
})

test('a dry-run schedule at the browser\'s "now" passes (the Studio probes its permission so); a past time does not', async () => {
  await client.releases.create({ releaseId: 'rProbe' })
  const now = new Date(Date.now() - 2000)
  await expect(
    client.releases.schedule(
      { releaseId: 'rProbe', publishAt: now.toISOString() },
      { dryRun: true },
    ),
  ).resolves.toBeDefined()
  expect((await client.releases.get({ releaseId: 'rProbe' }))?.state).toBe('active')
  const anHourAgo = new Date(Date.now() - 3_600_000).toISOString()
  await expect(
    client.releases.schedule({ releaseId: 'rProbe', publishAt: anHourAgo }),
  ).rejects.toMatchObject({ statusCode: 400 })
})
