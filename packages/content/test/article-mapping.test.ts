import { describe, expect, it } from '@jest/globals'
import type { DroppedBlock } from '../src/api'
import type { InvalidError } from '../src/client/invalid'
import { createContentReader } from '../src/client/reader'
import { readingMinutes } from '../src/schemas'
import { rawArticle } from './support/fixtures'

/** getArticle on a fixed raw result, with what it reported. */
async function read(raw: unknown) {
  const invalid: InvalidError[] = []
  const dropped: DroppedBlock[] = []
  const client = createContentReader({
    fetch: () => Promise.resolve(raw),
    onInvalid: (error) => invalid.push(error),
    onDroppedBlock: (block) => dropped.push(block),
  })
  return { result: await client.getArticle('strong-backs'), invalid, dropped }
}

/** The error of an article that must be rejected. */
async function rejection(raw: unknown) {
  const { result, invalid } = await read(raw)
  if (result.ok) throw new Error('expected the article to be rejected')
  expect(invalid).toEqual([result.error])
  return result.error
}

describe('article mapping', () => {
  it('maps a valid result to the view model', async () => {
    const { result, invalid, dropped } = await read(rawArticle())
    expect(invalid).toEqual([])
    expect(dropped).toEqual([])
    if (!result.ok || !result.data) throw new Error('expected an article')
    const article = result.data
    expect(article).toMatchObject({
      id: 'article-1',
      readingMinutes: 3,
      commentsEnabled: true,
      approvedCommentCount: 2,
      categoryIds: ['cat-1'],
      categories: [{ title: 'Back health', slug: 'back-health' }],
      heroImage: {
        assetRef: 'image-abc123-1200x800-jpg',
        alt: 'A runner stretching',
        width: 1200,
        height: 800,
        lqip: 'data:image/jpeg;base64,/9j/4AAQ',
        hotspot: { x: 0.3, y: 0.4, width: 0.2, height: 0.2 },
        crop: null,
      },
      seo: { title: 'Strong backs', description: 'Custom description' },
      authorProfile: {
        name: 'Maya',
        bio: 'Physical therapist.',
        sameAs: ['https://example.com/maya'],
      },
    })
    expect(article.seo.image).toEqual(article.heroImage)
    expect(article.body[4]).toMatchObject({ listItem: 'bullet', level: 1, style: 'normal' })
  })

  it('gives headings unique, stable anchors', async () => {
    const { result } = await read(rawArticle())
    if (!result.ok || !result.data) throw new Error('expected an article')
    expect(result.data.headings).toEqual([
      { id: 'why-it-hurts', text: 'Why it hurts', level: 2 },
      { id: 'why-it-hurts-2', text: 'Why it hurts', level: 3 },
    ])
    expect(result.data.body[0]).toMatchObject({ anchorId: 'why-it-hurts' })
    expect(result.data.body[2]).toMatchObject({ anchorId: 'why-it-hurts-2' })
  })

  it('computes reading time at 200 words a minute, at least one minute', () => {
    expect([0, 1, 200, 201, 401].map(readingMinutes)).toEqual([1, 1, 1, 2, 3])
  })

  it('returns null for a missing article', async () => {
    expect((await read(null)).result).toEqual({ ok: true, data: null })
  })

  it('drops blocks of unknown types, reports them and keeps the article', async () => {
    const raw = rawArticle()
    raw.body.splice(1, 0, { _type: 'video', _key: 'v1', url: 'https://example.com/v.mp4' })
    const { result, dropped } = await read(raw)
    expect(result.ok && result.data?.body.map((b) => b._key)).toEqual([
      'b0',
      'b1',
      'b2',
      'b3',
      'b4',
    ])
    expect(dropped).toEqual([
      {
        documentId: 'article-1',
        documentType: 'article',
        path: 'body[1]',
        blockType: 'video',
        query: 'articleBySlugQuery',
      },
    ])
  })

  it('names the stored block index in errors even after dropping unknown blocks', async () => {
    const raw = rawArticle()
    raw.body.splice(0, 0, { _type: 'video', _key: 'v1' })
    raw.body[4] = { ...raw.body[4], children: [{ _type: 'span', _key: 's0', text: 42, marks: [] }] }
    const error = await rejection(raw)
    expect(error).toMatchObject({
      kind: 'invalid',
      documentId: 'article-1',
      path: 'body[4].children[0].text',
    })
  })

  it.each([
    ['an unknown style', { style: 'h9' }, 'body[1].style'],
    ['an unknown list type', { listItem: 'square' }, 'body[1].listItem'],
    [
      'a span without text of type string',
      { children: [{ _type: 'span', _key: 'x', text: 3, marks: [] }] },
      'body[1].children[0].text',
    ],
    [
      'an unknown mark',
      { children: [{ _type: 'span', _key: 'x', text: 'a', marks: ['underline'] }] },
      'body[1].children[0].marks[0]',
    ],
    [
      'an unsafe link',
      { markDefs: [{ _type: 'link', _key: 'l', href: 'javascript:alert(1)' }] },
      'body[1].markDefs[0].href',
    ],
  ])('rejects a block with %s, naming the document and the path', async (_what, change, path) => {
    const raw = rawArticle()
    raw.body[1] = { ...raw.body[1], ...change }
    const error = await rejection(raw)
    expect(error).toMatchObject({
      kind: 'invalid',
      documentId: 'article-1',
      documentType: 'article',
      path,
      query: 'articleBySlugQuery',
    })
    expect(error.message).not.toMatch(/\n|ZodError|at .*\.ts/)
  })

  it('names the referenced document when it is the broken one', async () => {
    const raw = { ...rawArticle(), author: { ...rawArticle().author, name: null } }
    expect(await rejection(raw)).toMatchObject({
      documentId: 'author-1',
      documentType: 'author',
      path: 'name',
    })
  })

  it('rejects an article whose required fields are missing', async () => {
    const { title: _title, ...raw } = rawArticle()
    expect(await rejection(raw)).toMatchObject({ documentId: 'article-1', path: 'title' })
  })

  it('rejects a profile link that is not https', async () => {
    const raw = rawArticle()
    raw.authorProfile.sameAs = ['http://example.com/maya']
    expect(await rejection(raw)).toMatchObject({ documentId: 'author-1', path: 'sameAs[0]' })
  })
})
