import { describe, expect, it } from '@jest/globals'
import { evaluate, parse } from 'groq-js'
import { COMMENT_FILTERS, PENDING_COUNT_QUERY } from '../commentFilters'
import { commentStatus, type CommentStatus } from '../commentModeration'

// Comments live on private sub-path ids (`comments.<key>`); drafts are `drafts.comments.<key>`.
const comments = [
  { _id: 'comments.pending', status: 'pending' },
  { _id: 'comments.missing' },
  { _id: 'comments.odd', status: 'maybe' },
  { _id: 'comments.approved', status: 'approved' },
  { _id: 'comments.rejected', status: 'rejected' },
  { _id: 'comments.spam', status: 'spam' },
].map((comment) => ({ _type: 'comment', ...comment }))

async function run(query: string, dataset: object[]): Promise<unknown> {
  return (await evaluate(parse(query), { dataset })).get()
}

describe('COMMENT_FILTERS', () => {
  it.each<CommentStatus>(['pending', 'approved', 'rejected', 'spam'])(
    '%s agrees with commentStatus',
    async (status) => {
      const expected = comments
        .filter((comment) => commentStatus(comment.status) === status)
        .map((c) => c._id)
      expect(await run(`*[${COMMENT_FILTERS[status]}]._id`, comments)).toEqual(expected)
    },
  )
})

describe('PENDING_COUNT_QUERY', () => {
  it('counts published pending comments once, ignoring drafts, versions and other types', async () => {
    const dataset = [
      ...comments,
      { _id: 'drafts.comments.pending', _type: 'comment', status: 'approved' },
      { _id: 'drafts.comments.new', _type: 'comment', status: 'pending' },
      { _id: 'versions.r1.comments.pending', _type: 'comment', status: 'pending' },
      { _id: 'article-1', _type: 'article' },
    ]
    expect(await run(PENDING_COUNT_QUERY, dataset)).toBe(3)
  })
})
