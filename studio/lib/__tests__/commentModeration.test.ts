import { describe, expect, it } from '@jest/globals'
import { commentStatus, moderationPatch } from '../commentModeration'

describe('moderationPatch', () => {
  it('sets the status and the moderation time as ISO', () => {
    expect(moderationPatch('approved', new Date('2025-06-15T12:00:00Z'))).toEqual({
      set: { status: 'approved', moderatedAt: '2025-06-15T12:00:00.000Z' },
    })
  })

  it.each(['approved', 'rejected', 'spam'] as const)('records %s', (decision) => {
    expect(moderationPatch(decision, new Date(0)).set.status).toBe(decision)
  })
})

describe('commentStatus', () => {
  it.each([
    ['approved', 'approved'],
    ['spam', 'spam'],
    ['rejected', 'rejected'],
    ['pending', 'pending'],
    [undefined, 'pending'],
    ['APPROVED', 'pending'],
  ])('reads %p as %s', (value, expected) => {
    expect(commentStatus(value)).toBe(expected)
  })
})
