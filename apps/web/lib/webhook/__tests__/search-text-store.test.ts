/** @jest-environment node */
import { describe, expect, it } from '@jest/globals'
import { searchTextFor, searchTextSyncQuery } from '@repo/content/search-text'
import type { SanityClient } from '@sanity/client'
import { createSearchTextStore } from '../search-text-store'

/** The part of @sanity/client the store uses, recording reads and committed transactions. */
function fakeClient(answer: unknown) {
  const reads: { query: string; options: unknown }[] = []
  const commits: unknown[][] = []
  let commitHeld: Promise<void> = Promise.resolve()
  const client = {
    fetch: async (query: string, _params: unknown, options: unknown) => {
      reads.push({ query, options })
      return answer
    },
    transaction: (mutations: unknown[]) => ({
      commit: async () => {
        commits.push(mutations)
        await commitHeld
      },
    }),
  }
  const hold = (until: Promise<void>) => {
    commitHeld = until
  }
  return { client: client as unknown as SanityClient, reads, commits, hold }
}

const copy = (id: string) => {
  const doc = searchTextFor({ _id: id, title: 'Crème', excerpt: 'É', bodyText: 'Ça' })
  if (!doc) throw new Error('no copy')
  return doc
}

describe('createSearchTextStore', () => {
  it('reads the published article and its copy without the CDN, validating the answer', async () => {
    const fake = fakeClient({ article: { _id: 'a1', title: 'Crème' }, stored: null })
    const store = createSearchTextStore(fake.client)
    await expect(store.read('a1', 'searchText-a1')).resolves.toEqual({
      article: { _id: 'a1', title: 'Crème' },
      stored: null,
    })
    expect(fake.reads[0]).toMatchObject({
      query: searchTextSyncQuery,
      options: { perspective: 'published', useCdn: false },
    })
    const badCopy = createSearchTextStore(fakeClient({ article: null, stored: { _id: 7 } }).client)
    await expect(badCopy.read('a1', 'searchText-a1')).rejects.toThrow()
  })

  it('gives a malformed article no copy, and says so, rather than failing every retry', async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined)
    const stored = { ...copy('a1'), _rev: 'r1' }
    const store = createSearchTextStore(fakeClient({ article: { title: 7 }, stored }).client)
    await expect(store.read('a1', 'searchText-a1')).resolves.toMatchObject({
      article: null,
      stored: { _id: 'searchText-a1', _rev: 'r1' },
    })
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('article a1 does not match'))
    warn.mockRestore()
  })

  it('makes every write conditional on what was read', async () => {
    const fake = fakeClient(null)
    const store = createSearchTextStore(fake.client)
    await store.put(copy('a1'), undefined)
    const { _id, _type, ...fields } = copy('a2')
    await store.put(copy('a2'), 'rev-2')
    await store.remove('searchText-a3', 'rev-3')
    expect(fake.commits).toEqual([
      [{ create: copy('a1') }],
      [{ patch: { id: _id, ifRevisionID: 'rev-2', set: fields } }],
      [
        { patch: { id: 'searchText-a3', ifRevisionID: 'rev-3', set: { body: '' } } },
        { delete: { id: 'searchText-a3' } },
      ],
    ])
    expect(_type).toBe('searchText')
  })

  it('commits writes that arrive while one is in flight together, in one transaction', async () => {
    const fake = fakeClient(null)
    let release = () => undefined as void
    fake.hold(new Promise<void>((resolve) => (release = resolve)))
    const store = createSearchTextStore(fake.client)
    const first = store.put(copy('a1'), undefined)
    const rest = [store.put(copy('a2'), undefined), store.remove('searchText-a3', 'rev-3')]
    release()
    await Promise.all([first, ...rest])
    expect(fake.commits).toEqual([
      [{ create: copy('a1') }],
      [
        { create: copy('a2') },
        { patch: { id: 'searchText-a3', ifRevisionID: 'rev-3', set: { body: '' } } },
        { delete: { id: 'searchText-a3' } },
      ],
    ])
  })
})
