/** @jest-environment node */
import { describe, expect, it } from '@jest/globals'
import { COMMENT_MESSAGES } from '@repo/content/comment-input'
import { formTokenAnswer } from '../form-token'
import { checkRenderToken } from '../render-token'
import { KEYS, NOW } from './fakes'

const deps = { keys: KEYS, now: () => NOW }
const policy = { minAgeMs: 3_000, maxAgeMs: 86_400_000 }

describe('GET /api/comments/token', () => {
  it('signs the time it is asked, for that article only', () => {
    const { status, body } = formTokenAnswer('article-1', deps)
    expect(status).toBe(200)
    if (!body.ok) throw new Error('expected a token')
    const check = (articleId: string, at: number) =>
      checkRenderToken(KEYS.renderToken, body.renderedAt, articleId, at, policy)
    expect(check('article-1', NOW + 3_000)).toEqual({ ok: true, renderedAt: NOW })
    expect(check('article-1', NOW + 2_999)).toEqual({ ok: false, problem: 'too-fast' })
    expect(check('article-2', NOW + 3_000)).toEqual({ ok: false, problem: 'forged' })
  })

  it('issues a new time on every request', () => {
    let now = NOW
    const later = { keys: KEYS, now: () => (now += 1_000) }
    const first = formTokenAnswer('article-1', later).body
    const second = formTokenAnswer('article-1', later).body
    expect(first).not.toEqual(second)
  })

  it.each([
    ['no article', null],
    ['an empty id', ''],
    ['a draft id', 'drafts.article-1'],
    ['a version id', 'versions.r1.article-1'],
    ['a GROQ fragment', '*]{...}'],
    ['a very long id', 'a'.repeat(200)],
  ])('refuses %s with 400 and signs nothing', (_name, articleId) => {
    expect(formTokenAnswer(articleId, deps)).toEqual({
      status: 400,
      body: { ok: false, formError: COMMENT_MESSAGES.articleId },
    })
  })
})
