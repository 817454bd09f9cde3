/**
 * The private-comments migration against a real local lake holding a dataset in the old form
 * (root-path comments in every status, drafts, a Studio-made comment). Run by `npm test`.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { SanityClient } from '@sanity/client'
import { migrateCommentsToPrivateIds } from '../src/migrations/private-comments'
import { privateCommentId } from '../src/migrations/comment-ids'
import { legacyDataset, STUDIO_COMMENT_ID } from './support/legacy-comments'
import { startSeededLake, type TestLake } from './support/lake'
import type { SeedDocument } from './support/seed'

type Stored = SeedDocument & { _rev: string }

const legacy = legacyDataset()
const legacyComments = legacy.filter((doc) => doc._type === 'comment')

/** Every document in the store, by id. */
async function everything(lake: TestLake): Promise<Map<string, Stored>> {
  const docs = await lake.editor.fetch<Stored[]>('*')
  return new Map(docs.map((doc) => [doc._id, doc]))
}

/** A document without the fields the lake sets on every write. */
function content(doc: SeedDocument): Record<string, unknown> {
  const { _id, _rev, _createdAt, _updatedAt, ...fields } = doc
  return fields
}

describe('migrating root-path comments to private ids', () => {
  let lake: TestLake
  let moved: { from: string; to: string }[]
  let after: Map<string, Stored>

  beforeAll(async () => {
    lake = await startSeededLake(legacy)
    // Five per batch puts comment-04 last in the first batch and its draft first in the next:
    // the batch must grow by one to keep them together.
    moved = await migrateCommentsToPrivateIds(lake.editor, { batchSize: 5 })
    after = await everything(lake)
  }, 60_000)

  afterAll(async () => lake?.close())

  it('moves every comment and draft to comments.<key> / drafts.comments.<key>', () => {
    expect(new Set(moved.map(({ from }) => from))).toEqual(
      new Set(legacyComments.map(({ _id }) => _id)),
    )
    expect(moved).toContainEqual({ from: 'comment-04', to: 'comments.04' })
    expect(moved).toContainEqual({ from: 'drafts.comment-04', to: 'drafts.comments.04' })
    expect(moved).toContainEqual({ from: 'drafts.comment-11', to: 'drafts.comments.11' })
    expect(moved).toContainEqual({ from: STUDIO_COMMENT_ID, to: `comments.${STUDIO_COMMENT_ID}` })
  })

  it('keeps every field: status, dates, article, author and email', () => {
    for (const old of legacyComments) {
      const now = after.get(privateCommentId(old._id))
      expect(now && content(now)).toEqual(content(old))
    }
  })

  it('leaves no comment on a root-path id and no other document changed', () => {
    const comments = [...after.values()].filter((doc) => doc._type === 'comment')
    expect(
      comments.map(({ _id }) => _id).filter((id) => !/^(drafts\.)?comments\./.test(id)),
    ).toEqual([])
    expect(comments).toHaveLength(legacyComments.length)
    const others = legacy.filter((doc) => doc._type !== 'comment')
    expect(others.map((doc) => after.get(doc._id) && content(after.get(doc._id) ?? doc))).toEqual(
      others.map(content),
    )
  })

  it('moves a comment and its draft in the same transaction, in batches', () => {
    // The lake gives every document a transaction wrote that transaction's id as `_rev`.
    expect(after.get('drafts.comments.04')?._rev).toBe(after.get('comments.04')?._rev)
    const transactions = new Set(
      [...after.values()].filter((doc) => doc._type === 'comment').map((doc) => doc._rev),
    )
    // 13 documents: [Studio-made, 01-04 and 04's draft], [05-09], [10, 11's draft].
    expect(legacyComments).toHaveLength(13)
    expect(transactions.size).toBe(3)
  })

  it('changes nothing when run again', async () => {
    expect(await migrateCommentsToPrivateIds(lake.editor)).toEqual([])
    const again = await everything(lake)
    expect([...again.values()].map(({ _id, _rev }) => ({ _id, _rev }))).toEqual(
      [...after.values()].map(({ _id, _rev }) => ({ _id, _rev })),
    )
  })
})

describe('a dry run', () => {
  let lake: TestLake
  beforeAll(async () => {
    lake = await startSeededLake(legacy)
  }, 60_000)
  afterAll(async () => lake?.close())

  it('lists every move and writes nothing', async () => {
    const before = await everything(lake)
    const moves = await migrateCommentsToPrivateIds(lake.editor, { dryRun: true })
    expect(moves).toHaveLength(legacyComments.length)
    const after = await everything(lake)
    expect([...after.values()].map(({ _rev }) => _rev)).toEqual(
      [...before.values()].map(({ _rev }) => _rev),
    )
  })
})

describe('an editor changing a comment while it is being moved', () => {
  let lake: TestLake
  beforeAll(async () => {
    lake = await startSeededLake(legacy)
  }, 60_000)
  afterAll(async () => {
    jest.restoreAllMocks()
    await lake?.close()
  })

  it('fails that batch, reads it again and moves the changed comment', async () => {
    // Called below with the spied client as `this`.
    // eslint-disable-next-line @typescript-eslint/unbound-method
    const fetch = SanityClient.prototype.fetch
    let edited = false
    // Right after the migration has read its first batch, an editor marks comment-01 as spam.
    jest.spyOn(SanityClient.prototype, 'fetch').mockImplementation(async function (
      this: SanityClient,
      ...args: Parameters<SanityClient['fetch']>
    ) {
      const result: unknown = await fetch.apply(this, args)
      if (!edited && String(args[0]).includes('"pair"')) {
        edited = true
        await lake.editor.patch('comment-01').set({ status: 'spam' }).commit()
      }
      return result
    } as SanityClient['fetch'])
    const log: string[] = []
    const moved = await migrateCommentsToPrivateIds(lake.editor, { log: (line) => log.push(line) })
    expect(log).toContain('a comment changed while moving it; reading the batch again')
    expect(moved).toHaveLength(legacyComments.length)
    const after = await everything(lake)
    expect(after.get('comments.01')?.status).toBe('spam')
    expect(after.has('comment-01')).toBe(false)
  })
})
