import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { SanityClient } from '@sanity/client'
import { createImageUrlBuilder } from '@sanity/image-url'
import sharp from 'sharp'
import { fetchBytes, meanColour, translucentPng, twoToneJpeg } from './helpers/images'
import { EDITOR_TOKEN, startTestLake, VIEWER_TOKEN, type TestLake } from './helpers/lake'

let lake: TestLake
let editor: SanityClient
let jpeg: Buffer

beforeAll(async () => {
  lake = await startTestLake()
  editor = lake.client(EDITOR_TOKEN)
  jpeg = await twoToneJpeg(800, 400)
})

afterAll(async () => {
  await lake.close()
})

const builder = () =>
  createImageUrlBuilder({ projectId: 'local', dataset: 'production', baseUrl: lake.url })

describe('upload through @sanity/client', () => {
  test('an image becomes a sanity.imageAsset with Sanity’s id, paths and metadata', async () => {
    const doc = await editor.assets.upload('image', jpeg, {
      filename: 'two-tone.jpg',
      title: 'Two tone',
    })
    expect(doc._id).toMatch(/^image-[a-f0-9]{40}-800x400-jpg$/)
    expect(doc).toMatchObject({
      _type: 'sanity.imageAsset',
      extension: 'jpg',
      mimeType: 'image/jpeg',
      originalFilename: 'two-tone.jpg',
      title: 'Two tone',
      size: jpeg.length,
      metadata: {
        _type: 'sanity.imageMetadata',
        dimensions: { _type: 'sanity.imageDimensions', width: 800, height: 400, aspectRatio: 2 },
        hasAlpha: false,
        isOpaque: true,
      },
    })
    expect(doc.sha1hash).toBe(doc.assetId)
    expect(doc.path).toBe(`images/local/production/${doc.assetId}-800x400.jpg`)
    expect(doc.url).toBe(`${lake.url}/${doc.path}`)
    expect(doc.metadata.lqip).toMatch(/^data:image\/jpeg;base64,[A-Za-z0-9+/]+=*$/)
    const lqip = Buffer.from(doc.metadata.lqip?.split(',')[1] ?? '', 'base64')
    expect((await sharp(lqip).metadata()).width).toBe(20)
    expect(doc.metadata.palette?.dominant?.background).toMatch(/^#[0-9a-f]{6}$/)
    const original = await fetchBytes(doc.url)
    expect(original.status).toBe(200)
    expect(original.bytes.equals(jpeg)).toBe(true)
  })

  test('the same bytes twice are one asset', async () => {
    const first = await editor.assets.upload('image', jpeg)
    const second = await editor.assets.upload('image', jpeg, { filename: 'again.jpg' })
    expect(second._id).toBe(first._id)
    expect(second._rev).toBe(first._rev)
    const count = await editor.fetch<number>('count(*[_type == "sanity.imageAsset"])')
    expect(count).toBe(1)
  })

  test('alpha is reported for a translucent PNG', async () => {
    const doc = await editor.assets.upload('image', await translucentPng(64, 32))
    expect(doc._id).toMatch(/-64x32-png$/)
    expect(doc.metadata).toMatchObject({ hasAlpha: true, isOpaque: false })
  })

  test('meta=none-style extraction leaves lqip and palette out', async () => {
    const png = await sharp({
      create: { width: 10, height: 10, channels: 3, background: '#123456' },
    })
      .png()
      .toBuffer()
    const doc = await editor.assets.upload('image', png, { extract: [] })
    expect(doc.metadata.lqip).toBeUndefined()
    expect(doc.metadata.palette).toBeUndefined()
    expect(doc.metadata.dimensions.width).toBe(10)
  })

  test('files become sanity.fileAsset documents served from /files', async () => {
    const text = Buffer.from('%PDF-1.4 not really a pdf\n')
    const doc = await editor.assets.upload('file', text, {
      filename: 'notes.pdf',
      contentType: 'application/pdf',
    })
    expect(doc._id).toMatch(/^file-[a-f0-9]{40}-pdf$/)
    expect(doc).toMatchObject({
      _type: 'sanity.fileAsset',
      mimeType: 'application/pdf',
      extension: 'pdf',
    })
    const served = await fetchBytes(doc.url)
    expect(served.status).toBe(200)
    expect(served.headers.get('content-type')).toBe('application/pdf')
    expect(served.bytes.equals(text)).toBe(true)
  })

  test('uploads need an editor token', async () => {
    await expect(lake.client().assets.upload('image', jpeg)).rejects.toMatchObject({
      statusCode: 401,
    })
    await expect(lake.client(VIEWER_TOKEN).assets.upload('image', jpeg)).rejects.toMatchObject({
      statusCode: 403,
    })
  })
})

describe('asset documents in queries', () => {
  test('asset-> joins from an image field, also for anonymous readers', async () => {
    const asset = await editor.assets.upload('image', jpeg)
    await editor.create({
      _id: 'article-with-hero',
      _type: 'article',
      hero: { _type: 'image', alt: 'Red and blue', asset: { _type: 'reference', _ref: asset._id } },
    })
    const joined = await lake
      .client()
      .fetch<{ width: number; lqip: string } | null>(
        '*[_id == "article-with-hero"][0].hero.asset->{"width": metadata.dimensions.width, "lqip": metadata.lqip}',
      )
    expect(joined?.width).toBe(800)
    expect(joined?.lqip).toBe(asset.metadata.lqip)
  })
})

describe('image URLs built by @sanity/image-url', () => {
  let ref = ''
  beforeAll(async () => {
    ref = (await editor.assets.upload('image', jpeg))._id
  })

  test('width resizes, keeps the format and caches immutably', async () => {
    const url = builder().image(ref).width(300).url()
    const first = await fetchBytes(url)
    expect(first.status).toBe(200)
    expect(first.headers.get('cache-control')).toMatch(/immutable/)
    expect(first.headers.get('cache-control')).toMatch(/max-age=31536000/)
    const meta = await sharp(first.bytes).metadata()
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 300, 150])
    const again = await fetchBytes(url)
    expect(again.bytes.equals(first.bytes)).toBe(true)
  })

  test('auto=format answers WebP or AVIF by Accept, with Vary: Accept', async () => {
    const url = builder().image(ref).width(200).auto('format').url()
    const webp = await fetchBytes(url, { accept: 'image/avif,image/webp,*/*' })
    expect(webp.headers.get('content-type')).toBe('image/webp')
    expect(webp.headers.get('vary')).toMatch(/Accept/i)
    expect((await sharp(webp.bytes).metadata()).format).toBe('webp')
    const avif = await fetchBytes(url, { accept: 'image/avif,*/*' })
    expect(avif.headers.get('content-type')).toBe('image/avif')
    const plain = await fetchBytes(url, { accept: '*/*' })
    expect(plain.headers.get('content-type')).toBe('image/jpeg')
    const fixed = await fetchBytes(builder().image(ref).width(200).format('png').url())
    expect(fixed.headers.get('vary')).toBeNull()
    expect((await sharp(fixed.bytes).metadata()).format).toBe('png')
  })

  test('the hotspot decides what a fixed-ratio crop keeps', async () => {
    const right = {
      asset: { _ref: ref },
      hotspot: { x: 0.85, y: 0.5, width: 0.2, height: 0.2 },
      crop: { top: 0, bottom: 0, left: 0, right: 0 },
    }
    const url = builder().image(right).width(100).height(100).url()
    expect(url).toMatch(/rect=\d+,0,400,400/)
    const blue = await fetchBytes(url)
    const meta = await sharp(blue.bytes).metadata()
    expect([meta.width, meta.height]).toEqual([100, 100])
    const colour = await meanColour(blue.bytes)
    expect(colour.b).toBeGreaterThan(200)
    expect(colour.r).toBeLessThan(60)
    const left = { ...right, hotspot: { ...right.hotspot, x: 0.1 } }
    const red = await meanColour(
      (await fetchBytes(builder().image(left).width(100).height(100).url())).bytes,
    )
    expect(red.r).toBeGreaterThan(200)
  })

  test('the crop rect cuts the source before resizing', async () => {
    const cropped = {
      asset: { _ref: ref },
      crop: { top: 0, bottom: 0, left: 0.5, right: 0 },
    }
    const url = builder().image(cropped).width(200).url()
    expect(url).toContain('rect=400,0,400,400')
    const got = await fetchBytes(url)
    const meta = await sharp(got.bytes).metadata()
    expect([meta.width, meta.height]).toEqual([200, 200])
    expect((await meanColour(got.bytes)).b).toBeGreaterThan(200)
  })

  test('fit=crop with a focal point, dpr, quality and background all apply', async () => {
    const url = builder().image(ref).width(100).height(50).dpr(2).quality(40).fit('crop').url()
    const meta = await sharp((await fetchBytes(url)).bytes).metadata()
    expect([meta.width, meta.height]).toEqual([200, 100])
    const focal = builder()
      .image(ref)
      .width(50)
      .height(50)
      .fit('crop')
      .crop('focalpoint')
      .focalPoint(0.95, 0.5)
      .url()
    expect((await meanColour((await fetchBytes(focal)).bytes)).b).toBeGreaterThan(200)
    const filled = builder().image(ref).width(100).height(100).fit('fill').bg('00ff00').url()
    const fillMeta = await sharp((await fetchBytes(filled)).bytes).metadata()
    expect([fillMeta.width, fillMeta.height]).toEqual([100, 100])
  })

  test('a deleted asset stops being served', async () => {
    const png = await sharp({
      create: { width: 12, height: 12, channels: 3, background: '#abcdef' },
    })
      .png()
      .toBuffer()
    const doc = await editor.assets.upload('image', png)
    const url = builder().image(doc._id).width(6).url()
    expect((await fetchBytes(url)).status).toBe(200)
    await editor.delete(doc._id)
    expect((await fetchBytes(url)).status).toBe(404)
    expect((await fetchBytes(doc.url)).status).toBe(404)
  })
})
