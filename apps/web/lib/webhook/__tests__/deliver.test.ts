/** @jest-environment node */
import { describe, expect, it } from '@jest/globals'
import {
  searchTextFor,
  type SearchTextDocument,
  type SearchTextSource,
} from '@repo/content/search-text'
import { encodeSignatureHeader } from '@sanity/webhook'
import { receiveDelivery } from '../deliver'
import { syncSearchText, type SearchTextState, type SearchTextStore } from '../search-text'

const SECRET = 'a-webhook-secret-for-tests'

/**
 * The lake as the writer sees it: published articles, stored copies with revisions (a write
 * based on another revision than the stored one is refused, as the lake's ifRevisionID does),
 * and every write made.
 */
function fakeLake(articles: SearchTextSource[] = [], failWrites = false) {
  const published = new Map(articles.map((doc) => [doc._id, doc]))
  const copies = new Map<string, SearchTextDocument & { _rev: string }>()
  const writes: string[] = []
  let revisions = 0
  const check = (id: string, basedOn: string | undefined) => {
    if (failWrites) throw new Error('lake answered 500')
    if (copies.get(id)?._rev !== basedOn) throw new Error(`409: ${id} is not at ${basedOn}`)
  }
  const store: SearchTextStore = {
    read: async (articleId, copyId): Promise<SearchTextState> => ({
      article: published.get(articleId) ?? null,
      stored: copies.get(copyId) ?? null,
    }),
    put: async (doc, basedOn) => {
      check(doc._id, basedOn)
      writes.push(`put ${doc._id}`)
      copies.set(doc._id, { ...doc, _rev: `r${++revisions}` })
    },
    remove: async (id, basedOn) => {
      check(id, basedOn)
      writes.push(`delete ${id}`)
      copies.delete(id)
    },
  }
  return { store, published, copies, writes }
}

async function delivery(changed: { _id: string; _type: string }, secret = SECRET) {
  const body = JSON.stringify({ ...changed, slug: 'a-slug' })
  return new Request('http://127.0.0.1/api/revalidate', {
    method: 'POST',
    body,
    headers: { 'sanity-webhook-signature': await encodeSignatureHeader(body, Date.now(), secret) },
  })
}

function copy(title: string): SearchTextDocument {
  const doc = searchTextFor(article(title))
  if (!doc) throw new Error('no copy')
  return doc
}

const article = (title: string): SearchTextSource => ({
  _id: 'a1',
  title,
  excerpt: 'Short',
  bodyText: 'Body',
  publishedAt: '2025-01-01T00:00:00Z',
})

const deliver = async (
  lake: ReturnType<typeof fakeLake>,
  changed = { _id: 'a1', _type: 'article' },
) => receiveDelivery(await delivery(changed), { secret: SECRET, searchText: lake.store })

describe('receiveDelivery: the folded search copy', () => {
  it('creates the copy on publish, updates it on a change and skips an unchanged one', async () => {
    const lake = fakeLake([article('Crème brûlée')])
    expect((await deliver(lake)).status).toBe(200)
    expect(lake.copies.get('searchText-a1')).toMatchObject({
      title: 'creme brulee',
      article: { _ref: 'a1', _weak: true },
    })
    // A repeated delivery (a retry, or a change to a field the copy does not hold) writes nothing.
    expect((await deliver(lake)).status).toBe(200)
    lake.published.set('a1', article('Café'))
    expect((await deliver(lake)).status).toBe(200)
    expect(lake.copies.get('searchText-a1')?.title).toBe('cafe')
    expect(lake.writes).toEqual(['put searchText-a1', 'put searchText-a1'])
  })

  it('removes the copy once the article is unpublished or deleted, whatever the delivery says', async () => {
    const lake = fakeLake([article('Crème')])
    await deliver(lake)
    lake.published.delete('a1')
    expect((await deliver(lake)).status).toBe(200)
    expect(lake.copies.has('searchText-a1')).toBe(false)
    // A late delivery of the earlier update follows the article as it is now: still no copy.
    expect((await deliver(lake)).status).toBe(200)
    expect(lake.writes).toEqual(['put searchText-a1', 'delete searchText-a1'])
  })

  it('leaves the copies alone for drafts, release versions and other types', async () => {
    const lake = fakeLake([article('Crème')])
    for (const changed of [
      { _id: 'drafts.a1', _type: 'article' },
      { _id: 'versions.r1.a1', _type: 'article' },
      { _id: 'deal-1', _type: 'deal' },
    ])
      expect((await deliver(lake, changed)).status).toBe(200)
    expect(lake.writes).toEqual([])
  })

  it('writes nothing for a forged delivery', async () => {
    const lake = fakeLake([article('Crème')])
    const forged = await receiveDelivery(
      await delivery({ _id: 'a1', _type: 'article' }, 'not-the-secret-at-all'),
      { secret: SECRET, searchText: lake.store },
    )
    expect(forged.status).toBe(401)
    expect(lake.writes).toEqual([])
  })

  it('fails the delivery when another instance wrote the copy since it was read', async () => {
    const lake = fakeLake([article('First')])
    const read = lake.store.read
    // Between this delivery's read and its write, another storefront instance writes the copy.
    lake.store.read = async (articleId, copyId) => {
      const state = await read(articleId, copyId)
      lake.copies.set('searchText-a1', { ...copy('other'), _rev: 'elsewhere' })
      return state
    }
    expect(await deliver(lake)).toMatchObject({ status: 503 })
    expect(lake.copies.get('searchText-a1')?._rev).toBe('elsewhere')
    // The lake's retry reads afresh and writes over the revision it read.
    lake.store.read = read
    expect((await deliver(lake)).status).toBe(200)
    expect(lake.copies.get('searchText-a1')?.title).toBe('first')
  })

  it('fails the delivery when the copy cannot be written, so the lake retries it', async () => {
    const lake = fakeLake([article('Crème')], true)
    const outcome = await deliver(lake)
    expect(outcome).toMatchObject({ status: 503, tags: [] })
    expect(JSON.stringify(outcome.body)).toMatch(/retry/)
  })

  it('serialises deliveries of one article, so an older read never overwrites a newer write', async () => {
    const lake = fakeLake([article('First')])
    let releaseFirstRead = () => undefined as void
    const firstReadHeld = new Promise<void>((resolve) => (releaseFirstRead = resolve))
    let reads = 0
    const read = lake.store.read
    // The first read sees "First", then the article changes and that read answers late: without
    // turns, the second delivery would write "second" first and the late one overwrite it.
    lake.store.read = async (articleId, copyId) => {
      const state = await read(articleId, copyId)
      if (++reads === 1) {
        lake.published.set('a1', article('Second'))
        setTimeout(releaseFirstRead, 50)
        await firstReadHeld
      }
      return state
    }
    const first = syncSearchText({ _id: 'a1', _type: 'article' }, lake.store)
    const second = syncSearchText({ _id: 'a1', _type: 'article' }, lake.store)
    await Promise.all([first, second])
    expect(lake.copies.get('searchText-a1')?.title).toBe('second')
  })
})
