import { describe, expect, it } from '@jest/globals'
import { evaluate, parse } from 'groq-js'
import { WEBHOOK_FILTER, WEBHOOK_PROJECTION, tagsForDocument } from '../src/cache-tags'

type Doc = Record<string, unknown> & { _id: string; _type: string }

const comment = (status: string): Doc => ({
  _id: 'comments.k1',
  _type: 'comment',
  status,
  body: 'Nice',
  article: { _type: 'reference', _ref: 'a1' },
})
const article: Doc = { _id: 'a1', _type: 'article', slug: { current: 'back-pain' } }

/** Evaluates a webhook query as the Content Lake does: on the document, with before()/after(). */
async function onChange(query: string, before: Doc | null, after: Doc | null): Promise<unknown> {
  const doc = after ?? before
  const tree = parse(query, { mode: 'delta' })
  const value = await evaluate(tree, {
    dataset: [article, ...(doc ? [doc] : [])],
    root: doc,
    before,
    after,
  })
  return value.get()
}

const fires = async (before: Doc | null, after: Doc | null) =>
  (await onChange(WEBHOOK_FILTER, before, after)) === true

describe('WEBHOOK_FILTER', () => {
  it('passes every change to a rendered document type', async () => {
    await expect(fires(null, article)).resolves.toBe(true)
    await expect(fires(article, { ...article, title: 'New' })).resolves.toBe(true)
    await expect(fires(article, null)).resolves.toBe(true)
    for (const _type of ['author', 'category', 'deal', 'siteSettings'])
      await expect(fires(null, { _id: 'x', _type })).resolves.toBe(true)
  })

  it("never fires for the search's folded copies, which the webhook itself writes (no loop)", async () => {
    const copy: Doc = { _id: 'searchText-a1', _type: 'searchText', title: 'back pain' }
    await expect(fires(null, copy)).resolves.toBe(false)
    await expect(fires(copy, { ...copy, title: 'new' })).resolves.toBe(false)
    await expect(fires(copy, null)).resolves.toBe(false)
    expect(tagsForDocument(copy)).toEqual([])
  })

  it('ignores comments readers cannot see: new, edited, rejected or deleted while unapproved', async () => {
    await expect(fires(null, comment('pending'))).resolves.toBe(false)
    await expect(fires(comment('pending'), { ...comment('pending'), body: 'Spam' })).resolves.toBe(
      false,
    )
    await expect(fires(comment('pending'), comment('spam'))).resolves.toBe(false)
    await expect(fires(comment('spam'), null)).resolves.toBe(false)
  })

  it('passes a comment becoming approved, changing while approved, or leaving approval', async () => {
    await expect(fires(comment('pending'), comment('approved'))).resolves.toBe(true)
    await expect(fires(null, comment('approved'))).resolves.toBe(true)
    await expect(
      fires(comment('approved'), { ...comment('approved'), body: 'Edited' }),
    ).resolves.toBe(true)
    await expect(fires(comment('approved'), comment('rejected'))).resolves.toBe(true)
    await expect(fires(comment('approved'), null)).resolves.toBe(true)
  })

  it('ignores other document types', async () => {
    await expect(fires(null, { _id: 'x', _type: 'sanity.imageAsset' })).resolves.toBe(false)
  })
})

describe('WEBHOOK_PROJECTION with tagsForDocument', () => {
  const tagsOf = async (before: Doc | null, after: Doc | null) =>
    tagsForDocument(
      (await onChange(WEBHOOK_PROJECTION, before, after)) as Parameters<typeof tagsForDocument>[0],
    )

  it('expires the article page when a comment is approved or unapproved', async () => {
    const tags = ['comments:a1', 'article:back-pain']
    await expect(tagsOf(comment('pending'), comment('approved'))).resolves.toEqual(tags)
    await expect(tagsOf(comment('approved'), comment('spam'))).resolves.toEqual(tags)
    await expect(tagsOf(comment('approved'), null)).resolves.toEqual(tags)
  })

  it('expires nothing for a change readers cannot see, even if the filter let it through', async () => {
    await expect(tagsOf(null, comment('pending'))).resolves.toEqual([])
    await expect(tagsOf(comment('pending'), comment('rejected'))).resolves.toEqual([])
    await expect(tagsOf(comment('spam'), null)).resolves.toEqual([])
  })
})
