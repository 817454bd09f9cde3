/** @jest-environment node */
import { describe, expect, it } from '@jest/globals'
import { checkRenderToken, issueRenderToken } from '../render-token'

const key = Buffer.alloc(32, 7)
const policy = { minAgeMs: 3_000, maxAgeMs: 86_400_000 }
const renderedAt = 1_750_000_000_000

describe('renderedAt token', () => {
  it('accepts a token older than the minimum time', () => {
    const token = issueRenderToken(key, 'article-1', renderedAt)
    expect(checkRenderToken(key, token, 'article-1', renderedAt + 3_000, policy)).toEqual({
      ok: true,
      renderedAt,
    })
  })

  it('refuses a submission sooner than the minimum time as too fast', () => {
    const token = issueRenderToken(key, 'article-1', renderedAt)
    expect(checkRenderToken(key, token, 'article-1', renderedAt + 2_999, policy)).toEqual({
      ok: false,
      problem: 'too-fast',
    })
  })

  it('refuses a token past its maximum age as expired', () => {
    const token = issueRenderToken(key, 'article-1', renderedAt)
    expect(checkRenderToken(key, token, 'article-1', renderedAt + 86_400_001, policy)).toEqual({
      ok: false,
      problem: 'expired',
    })
  })

  it('refuses a back-dated timestamp as forged', () => {
    const [, signature] = issueRenderToken(key, 'article-1', renderedAt).split('.')
    const backDated = `${renderedAt - 60_000}.${signature}`
    expect(checkRenderToken(key, backDated, 'article-1', renderedAt + 5_000, policy)).toEqual({
      ok: false,
      problem: 'forged',
    })
  })

  it('refuses a token issued for another article or with another key as forged', () => {
    const token = issueRenderToken(key, 'article-1', renderedAt)
    const later = renderedAt + 10_000
    expect(checkRenderToken(key, token, 'article-2', later, policy)).toEqual({
      ok: false,
      problem: 'forged',
    })
    expect(checkRenderToken(Buffer.alloc(32, 8), token, 'article-1', later, policy)).toEqual({
      ok: false,
      problem: 'forged',
    })
  })

  it('refuses malformed tokens and tokens from the future as forged', () => {
    for (const token of [
      '',
      'abc',
      `${renderedAt}`,
      `${renderedAt}.`,
      `${renderedAt}.${'A'.repeat(43)}`,
      `0x1.${'A'.repeat(43)}`,
    ]) {
      expect(checkRenderToken(key, token, 'article-1', renderedAt + 10_000, policy)).toEqual({
        ok: false,
        problem: 'forged',
      })
    }
    const future = issueRenderToken(key, 'article-1', renderedAt + 60_000)
    expect(checkRenderToken(key, future, 'article-1', renderedAt, policy)).toEqual({
      ok: false,
      problem: 'forged',
    })
  })
})
