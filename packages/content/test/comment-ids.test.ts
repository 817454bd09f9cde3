import { describe, expect, it } from '@jest/globals'
import { evaluate, parse } from 'groq-js'
import { LEGACY_COMMENT_FILTER, privateCommentId } from '../src/migrations/comment-ids'

describe('privateCommentId', () => {
  it.each([
    [
      'comment-5f0c6a8e-2a4b-4d7c-9f1e-3b2a1c0d9e8f',
      'comments.5f0c6a8e-2a4b-4d7c-9f1e-3b2a1c0d9e8f',
    ],
    ['comment-01', 'comments.01'],
    ['drafts.comment-01', 'drafts.comments.01'],
    ['0b6f3e2a-5c1d-4e8f-9a7b-2d4c6e8f0a1b', 'comments.0b6f3e2a-5c1d-4e8f-9a7b-2d4c6e8f0a1b'],
    ['drafts.abc', 'drafts.comments.abc'],
    // Nothing would be left of the key: keep the whole id rather than make `comments.`.
    ['comment-', 'comments.comment-'],
  ])('%s → %s', (legacy, expected) => {
    expect(privateCommentId(legacy)).toBe(expected)
  })
})

describe('LEGACY_COMMENT_FILTER', () => {
  it('matches root-path comments and their drafts only', async () => {
    const ids = [
      'comment-01',
      'drafts.comment-01',
      'comments.01',
      'drafts.comments.01',
      'versions.r1.comment-01',
      'abc',
    ]
    const dataset = [
      ...ids.map((_id) => ({ _id, _type: 'comment' })),
      { _id: 'article-1', _type: 'article' },
    ]
    const result = await evaluate(parse(`*[${LEGACY_COMMENT_FILTER}]._id`), { dataset })
    expect(await result.get()).toEqual(['comment-01', 'drafts.comment-01', 'abc'])
  })
})
