/** @jest-environment node */
import { describe, expect, it, jest } from '@jest/globals'
import type { Result } from '@repo/content/api'
import type { PublicComment } from '@repo/content/view-models'
import { approvedCommentsOrNone } from '../content/comments-access'

const approved: Result<PublicComment[]> = {
  ok: true,
  data: [
    {
      id: 'comments.01',
      authorName: 'Jordan',
      body: 'Thanks!',
      submittedAt: '2025-03-11T09:12:00.000Z',
    },
  ],
}

describe('approvedCommentsOrNone', () => {
  it('reads the comments when there is a read token', async () => {
    const read = jest.fn((_articleId: string) => Promise.resolve(approved))
    await expect(approvedCommentsOrNone(read, () => true)('article-1')).resolves.toBe(approved)
    expect(read).toHaveBeenCalledWith('article-1')
  })

  it('renders no comments and asks the lake nothing without one', async () => {
    const read = jest.fn((_articleId: string) => Promise.resolve(approved))
    await expect(approvedCommentsOrNone(read, () => false)('article-1')).resolves.toEqual({
      ok: true,
      data: [],
    })
    expect(read).not.toHaveBeenCalled()
  })
})
