import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { join } from 'node:path'
import sharp from 'sharp'
import { fetchBytes } from './helpers/images'
import { startTestLake, type TestLake } from './helpers/lake'

const SEED = join(__dirname, '../../content/seed/seed.ndjson')
let lake: TestLake

beforeAll(async () => {
  lake = await startTestLake({ seedFile: SEED })
})

afterAll(async () => {
  await lake.close()
})

test('the seed’s _sanityAsset placeholders become asset documents and references', async () => {
  const heroes = await lake.client().fetch<
    {
      id: string
      asset: { _id: string; url: string; width: number; lqip: string } | null
      alt: string
    }[]
  >(`*[_type == "article"] | order(_id asc){"id": _id, "alt": heroImage.alt, "asset": heroImage.asset->{_id, url, "width": metadata.dimensions.width, "lqip": metadata.lqip}}`)
  expect(heroes).toHaveLength(3)
  for (const hero of heroes) {
    expect(hero.asset?._id).toMatch(/^image-[a-f0-9]{40}-1600x900-jpg$/)
    expect(hero.asset?.width).toBe(1600)
    expect(hero.asset?.lqip).toMatch(/^data:image\/jpeg;base64,/)
    expect(hero.alt.length).toBeGreaterThan(20)
    // Seed asset URLs are on the lake's own origin (by name), where editors can load them.
    expect(hero.asset?.url).toContain(lake.url.replace('127.0.0.1', 'localhost'))
    const got = await fetchBytes(
      `${hero.asset?.url.replace(/^https:\/\/[^/]+/, lake.url) ?? ''}?w=400`,
    )
    expect(got.status).toBe(200)
    expect((await sharp(got.bytes).metadata()).width).toBe(400)
  }
  const raw = await lake
    .client()
    .fetch<number>('count(*[defined(_sanityAsset) || defined(heroImage._sanityAsset)])')
  expect(raw).toBe(0)
  const assets = await lake.client().fetch<number>('count(*[_type == "sanity.imageAsset"])')
  expect(assets).toBe(5)
})
