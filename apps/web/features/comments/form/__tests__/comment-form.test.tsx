/** @jest-environment jsdom */
import '@testing-library/jest-dom/jest-globals'
import { describe, expect, it } from '@jest/globals'
import { screen } from '@testing-library/react'
import { renderToString } from 'react-dom/server'
import { ACCEPTED_MESSAGE } from '@/features/comments/shared/messages'
import { CommentForm } from '../comment-form'

function hiddenValues(): Record<string, string> {
  const inputs = screen.getByRole('form').querySelectorAll('input[type=hidden]')
  return Object.fromEntries(
    [...inputs].map((input) => [
      input.getAttribute('name') ?? '',
      input.getAttribute('value') ?? '',
    ]),
  )
}

describe('CommentForm, as the server renders it into the cached page', () => {
  it('carries nothing per reader, previews first, and has the moderation notice for #comment-received', () => {
    document.body.innerHTML = renderToString(<CommentForm articleId="article-1" slug="back-pain" />)
    expect(hiddenValues()).toEqual({
      articleId: 'article-1',
      slug: 'back-pain',
      renderedAt: '',
      idempotencyKey: '',
    })
    const form = screen.getByRole('form', { name: 'Leave a comment' })
    expect(form).not.toHaveAttribute('novalidate')
    expect(screen.getByRole('button', { name: 'Preview comment' })).toBeInTheDocument()
    const notice = document.getElementById('comment-received')
    expect(notice).toHaveTextContent(ACCEPTED_MESSAGE)
    expect(notice).toHaveClass('received')
  })

  it('is the same for every reader and every request', () => {
    const render = () => renderToString(<CommentForm articleId="article-1" slug="back-pain" />)
    expect(render()).toBe(render())
  })
})
