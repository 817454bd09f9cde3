import { describe, expect, it } from '@jest/globals'
import { evaluate, parse } from 'groq-js'
import { COMMENT_FILTERS, PENDING_COUNT_QUERY } from './commentFilters'
import { commentStatus, type CommentStatus } from './commentModeration'

const comments = [
  { _id: 'c-pending', status: 'pending' },
  { _id: 'c-missing' },
  { _id: 'c-odd', status: 'maybe' },
  { _id: 'c-approved', status: 'approved' },
  { _id: 'c-rejected', status: 'rejected' },
  { _id: 'c-spam', status: 'spam' },
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
  it('counts published pending comments once, ignoring drafts and other types', async () => {
    const dataset = [
      ...comments,
      { _id: 'drafts.c-pending', _type: 'comment', status: 'approved' },
      { _id: 'drafts.c-new', _type: 'comment', status: 'pending' },
      { _id: 'article-1', _type: 'article' },
    ]
    expect(await run(PENDING_COUNT_QUERY, dataset)).toBe(3)
  })
})
