import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { firstValueFrom } from 'rxjs'
import { startTestLake, VIEWER_TOKEN, type TestLake } from './helpers/lake'

let lake: TestLake

beforeAll(async () => {
  lake = await startTestLake()
})

afterAll(async () => {
  await lake.close()
})

describe('the Live Content API events stream', () => {
  test('welcomes @sanity/client live.events(), with drafts for a token', async () => {
    const client = lake.client(VIEWER_TOKEN, 'v2025-02-19')
    await expect(
      firstValueFrom(client.live.events({ includeDrafts: true })),
    ).resolves.toMatchObject({
      type: 'welcome',
    })
  })

  test('answers 404 for a dataset that does not exist', async () => {
    const res = await fetch(`${lake.url}/v2025-02-19/data/live/events/nope`)
    expect(res.status).toBe(404)
  })
})
