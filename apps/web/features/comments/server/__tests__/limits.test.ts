/** @jest-environment node */
import { describe, expect, it } from '@jest/globals'
import { commentInputSchema } from '@repo/content/comment-input'
import { COMMENT_LIMITS } from '@repo/content/comment-limits'

const valid = {
  articleId: 'article-1',
  authorName: 'Ann',
  body: 'Hello there',
  renderedAt: '1750000000000',
  idempotencyKey: '5f0c6a8e-2a4b-4d7c-9f1e-3b2a1c0d9e8f',
}
const accepts = (change: Record<string, string>) =>
  commentInputSchema.safeParse({ ...valid, ...change }).success

describe('COMMENT_LIMITS', () => {
  it('match the comment-input schema, so maxLength never cuts off what the server accepts', () => {
    expect(accepts({ authorName: 'n'.repeat(COMMENT_LIMITS.authorName) })).toBe(true)
    expect(accepts({ authorName: 'n'.repeat(COMMENT_LIMITS.authorName + 1) })).toBe(false)
    expect(accepts({ body: 'b'.repeat(COMMENT_LIMITS.body) })).toBe(true)
    expect(accepts({ body: 'b'.repeat(COMMENT_LIMITS.body + 1) })).toBe(false)
    const email = (length: number) =>
      `${'a'.repeat(64)}@${'d'.repeat(60)}.${'e'.repeat(length - 64 - 1 - 61 - 7)}.comabc`
    expect(email(COMMENT_LIMITS.authorEmail)).toHaveLength(COMMENT_LIMITS.authorEmail)
    expect(accepts({ authorEmail: email(COMMENT_LIMITS.authorEmail) })).toBe(true)
    expect(accepts({ authorEmail: email(COMMENT_LIMITS.authorEmail + 1) })).toBe(false)
  })
})
