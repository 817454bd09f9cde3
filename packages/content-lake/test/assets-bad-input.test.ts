import { afterAll, beforeAll, expect, test } from '@jest/globals'
import sharp from 'sharp'
import { fetchBytes, twoToneJpeg } from './helpers/images'
import { EDITOR_TOKEN, startTestLake, type TestLake } from './helpers/lake'

let lake: TestLake
let imageUrl = ''
const upload = '/v2025-02-19/assets/images/production'

beforeAll(async () => {
  lake = await startTestLake({
    assetLimits: { maxUploadBytes: 200_000, maxInputPixels: 4_000_000, maxOutputSide: 1000 },
  })
  const doc = await lake.client(EDITOR_TOKEN).assets.upload('image', await twoToneJpeg(400, 200))
  imageUrl = doc.url
})

afterAll(async () => {
  await lake.close()
})

async function post(body: Buffer): Promise<{ status: number; json: unknown }> {
  const response = await fetch(`${lake.url}${upload}`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${EDITOR_TOKEN}`,
      'content-type': 'application/octet-stream',
    },
    body,
  })
  return { status: response.status, json: await response.json() }
}

async function assetCount(): Promise<number> {
  return lake.client(EDITOR_TOKEN).fetch<number>('count(*[_type == "sanity.imageAsset"])')
}

test.each([
  [
    'text sent as an image',
    async () => Buffer.from('hello, I am not an image'),
    400,
    /not an image/,
  ],
  [
    'a truncated JPEG',
    async () => {
      const full = await twoToneJpeg(300, 300)
      return full.subarray(0, Math.floor(full.length / 2))
    },
    400,
    /truncated or corrupt/,
  ],
  [
    'a decompression bomb (tiny PNG, 25 megapixels)',
    async () =>
      sharp({ create: { width: 5000, height: 5000, channels: 3, background: '#000' } })
        .png({ compressionLevel: 9 })
        .toBuffer(),
    413,
    /5000x5000 .* limit is 4000000 pixels/,
  ],
  ['an empty body', async () => Buffer.alloc(0), 400, /empty/],
])('refuses %s with a clear error and stores nothing', async (_name, make, status, message) => {
  const before = await assetCount()
  const body = await make()
  const result = await post(body)
  expect(result.status).toBe(status)
  expect(result.json).toMatchObject({ error: { description: expect.stringMatching(message) } })
  expect(await assetCount()).toBe(before)
})

test('an upload over the size limit is a 413', async () => {
  const result = await post(Buffer.alloc(300_000, 1))
  expect(result).toMatchObject({ status: 413, json: { error: { type: 'httpPayloadTooLarge' } } })
})

test('unknown ids, wrong dimensions, other projects and datasets are 404s', async () => {
  const base = `${lake.url}/images/local/production`
  const missing = `${base}/${'a'.repeat(40)}-400x200.jpg`
  const wrongSize = imageUrl.replace('-400x200.', '-401x200.')
  for (const url of [
    missing,
    wrongSize,
    imageUrl.replace('/local/', '/other/'),
    imageUrl.replace('/production/', '/staging/'),
  ]) {
    expect((await fetchBytes(url)).status).toBe(404)
  }
})

test('path tricks never reach the file system', async () => {
  for (const path of [
    '/images/local/production/..%2F..%2Flake.sqlite',
    '/images/local/production/%2e%2e',
    '/files/local/production/..%2Flake.sqlite',
    '/images/local/production/../../lake.sqlite',
  ]) {
    const got = await fetchBytes(`${lake.url}${path}`)
    expect(got.status).toBe(404)
  }
})

test('nonsense parameters are a 400 naming the parameter; oversized ones are clamped', async () => {
  for (const [query, name] of [
    ['w=abc', 'w'],
    ['fit=zoom', 'fit'],
    ['rect=1,2,3', 'rect'],
    ['bg=nothex', 'bg'],
    ['fm=bmp', 'fm'],
    ['crop=middle', 'crop'],
    ['or=45', 'or'],
  ]) {
    const got = await fetchBytes(`${imageUrl}?${query}`)
    expect(got.status).toBe(400)
    expect(JSON.parse(got.bytes.toString('utf8'))).toMatchObject({
      error: { description: expect.stringContaining(`Invalid ${name ?? ''}`) },
    })
  }
  const huge = await fetchBytes(`${imageUrl}?w=999999&dpr=99`)
  expect(huge.status).toBe(200)
  expect((await sharp(huge.bytes).metadata()).width).toBe(1000)
  const outside = await fetchBytes(`${imageUrl}?rect=350,150,500,500&w=20`)
  expect(outside.status).toBe(200)
})

test('the lake keeps serving after all of that', async () => {
  const health = await fetch(`${lake.url}/health`)
  expect(health.status).toBe(200)
  expect((await fetchBytes(`${imageUrl}?w=50`)).status).toBe(200)
})
