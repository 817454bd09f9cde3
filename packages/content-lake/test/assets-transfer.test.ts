import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { extract, list } from 'tar'
import { fetchBytes, twoToneJpeg } from './helpers/images'
import { runCli } from './helpers/cli'
import { EDITOR_TOKEN, startTestLake } from './helpers/lake'

const work = mkdtempSync(join(tmpdir(), 'lake-transfer-'))
const source = join(work, 'source')
const tarball = join(work, 'production-export.tar.gz')
let assetId = ''
let fileId = ''

beforeAll(async () => {
  const lake = await startTestLake({ dataDir: source })
  const editor = lake.client(EDITOR_TOKEN)
  const image = await editor.assets.upload('image', await twoToneJpeg(300, 200), {
    filename: 'two-tone.jpg',
    title: 'Red and blue',
  })
  const file = await editor.assets.upload('file', Buffer.from('hello'), { filename: 'hello.txt' })
  assetId = image._id
  fileId = file._id
  await editor.create({
    _id: 'article-1',
    _type: 'article',
    heroImage: {
      _type: 'image',
      alt: 'Red and blue',
      asset: { _type: 'reference', _ref: assetId },
    },
    attachment: { _type: 'file', asset: { _type: 'reference', _ref: fileId } },
  })
  await lake.close()
})

afterAll(() => {
  rmSync(work, { recursive: true, force: true })
})

test('export .tar.gz writes sanity dataset export’s layout', async () => {
  const result = runCli(['export', tarball, '--data', source])
  expect(result.stderr).toBe('')
  expect(result.stdout).toMatch(/Exported 1 documents and 2 assets/)
  const entries: string[] = []
  await list({ file: tarball, onReadEntry: (entry) => entries.push(entry.path) })
  const sha1 = assetId.split('-')[1] ?? ''
  expect(entries).toEqual(
    expect.arrayContaining([
      'production-export/data.ndjson',
      'production-export/assets.json',
      `production-export/images/${sha1}-300x200.jpg`,
      `production-export/files/${fileId.split('-')[1] ?? ''}.txt`,
    ]),
  )
  await extract({ file: tarball, cwd: work, strict: true })
  const lines = readFileSync(join(work, 'production-export/data.ndjson'), 'utf8').trim().split('\n')
  expect(lines).toHaveLength(1)
  const article = JSON.parse(lines[0] ?? '{}') as Record<string, Record<string, unknown>>
  expect(article.heroImage).toEqual({
    _sanityAsset: `image@file://./images/${sha1}-300x200.jpg`,
    _type: 'image',
    alt: 'Red and blue',
  })
  const assets = JSON.parse(readFileSync(join(work, 'production-export/assets.json'), 'utf8'))
  expect(assets[`image-${sha1}`]).toMatchObject({
    originalFilename: 'two-tone.jpg',
    title: 'Red and blue',
  })
})

test('import of that tarball restores documents, asset documents and bytes', async () => {
  const target = join(work, 'target')
  const result = runCli(['import', tarball, '--data', target])
  expect(result.stderr).toBe('')
  expect(result.stdout).toMatch(/Imported 3 documents/)
  const lake = await startTestLake({ dataDir: target })
  try {
    const hero = await lake
      .client()
      .fetch<{ _id: string; title: string; url: string } | null>(
        '*[_id == "article-1"][0].heroImage.asset->{_id, title, url}',
      )
    expect(hero).toMatchObject({ _id: assetId, title: 'Red and blue' })
    const served = await fetchBytes(
      `${lake.url}/images/local/production/${assetId.split('-')[1] ?? ''}-300x200.jpg?w=30`,
    )
    expect(served.status).toBe(200)
    const file = await lake.client().fetch<string>('*[_id == "article-1"][0].attachment.asset._ref')
    expect(file).toBe(fileId)
  } finally {
    await lake.close()
  }
})

test('an import whose image is not an image changes nothing', async () => {
  const target = join(work, 'bad')
  const folder = join(work, 'bad-src')
  mkdirSync(join(folder, 'images'), { recursive: true })
  writeFileSync(join(folder, 'images', `${'c'.repeat(40)}-10x10.jpg`), 'nope')
  writeFileSync(
    join(folder, 'data.ndjson'),
    `${JSON.stringify({ _id: 'a', _type: 'article', heroImage: { _sanityAsset: `image@file://./images/${'c'.repeat(40)}-10x10.jpg` } })}\n`,
  )
  const result = runCli(['import', join(folder, 'data.ndjson'), '--data', target])
  expect(result.status).not.toBe(0)
  expect(result.stderr).toMatch(/not an image/)
  writeFileSync(
    join(folder, 'escape.ndjson'),
    `${JSON.stringify({ _id: 'b', _type: 'article', heroImage: { _sanityAsset: 'image@file://../../../etc/hostname' } })}\n`,
  )
  const escape = runCli(['import', join(folder, 'escape.ndjson'), '--data', target])
  expect(escape.status).not.toBe(0)
  expect(escape.stderr).toMatch(/points outside/)
})
