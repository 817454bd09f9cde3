/** @jest-environment jsdom */
import '@testing-library/jest-dom/jest-globals'
import { describe, expect, it, jest } from '@jest/globals'
import { render, screen } from '@testing-library/react'
import { ACCEPTED_MESSAGE } from '@/lib/comments/messages'
import { checkRenderToken } from '@/lib/comments/render-token'

const KEYS = { renderToken: Buffer.alloc(32, 1) }
const NOW = 1_750_000_000_000

jest.mock('next/server', () => ({ connection: async () => undefined }))
jest.mock('@/lib/comments/runtime', () => ({
  commentsRuntime: () => ({ keys: KEYS, now: () => NOW }),
}))

// Imported after the mocks are in place.
const { LiveCommentForm } =
  jest.requireActual<typeof import('../live-comment-form')>('../live-comment-form')
const { StaticCommentForm } =
  jest.requireActual<typeof import('../static-comment-form')>('../static-comment-form')

function hiddenValues(): Record<string, string> {
  const inputs = screen.getByRole('form').querySelectorAll('input[type=hidden]')
  return Object.fromEntries(
    [...inputs].map((input) => [
      input.getAttribute('name') ?? '',
      input.getAttribute('value') ?? '',
    ]),
  )
}

describe('LiveCommentForm', () => {
  it('signs the time it renders into the form and draws a fresh idempotency key per render', async () => {
    render(await LiveCommentForm({ articleId: 'article-1', slug: 'back-pain' }))
    const first = hiddenValues()
    const policy = { minAgeMs: 3_000, maxAgeMs: 86_400_000 }
    expect(
      checkRenderToken(KEYS.renderToken, first.renderedAt ?? '', 'article-1', NOW + 3_000, policy),
    ).toEqual({ ok: true, renderedAt: NOW })
    expect(first).toMatchObject({ articleId: 'article-1', slug: 'back-pain' })
    expect(first.idempotencyKey).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    )
    render(await LiveCommentForm({ articleId: 'article-1', slug: 'back-pain' }), {
      container: document.body.appendChild(document.createElement('div')),
    })
    const keys = [...document.querySelectorAll('input[name=idempotencyKey]')].map((input) =>
      input.getAttribute('value'),
    )
    expect(new Set(keys).size).toBe(2)
  })
})

describe('StaticCommentForm', () => {
  it('carries nothing per reader, previews first, and has the moderation notice for #comment-received', () => {
    render(<StaticCommentForm articleId="article-1" slug="back-pain" />)
    expect(hiddenValues()).toEqual({
      articleId: 'article-1',
      slug: 'back-pain',
      renderedAt: '',
      idempotencyKey: '',
    })
    expect(screen.getByRole('button', { name: 'Preview comment' })).toBeInTheDocument()
    const notice = document.getElementById('comment-received')
    expect(notice).toHaveTextContent(ACCEPTED_MESSAGE)
    expect(notice).toHaveClass('received')
  })
})
