/** @jest-environment jsdom */
import '@testing-library/jest-dom/jest-globals'
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { CommentResponse } from '@/lib/comments/form-state'
import { ACCEPTED_MESSAGE, TOO_FAST_MESSAGE, UNAVAILABLE_MESSAGE } from '@/lib/comments/messages'
import { CommentFormClient } from '../comment-form.client'

const KEY = '5f0c6a8e-2a4b-4d7c-9f1e-3b2a1c0d9e8f'

type FetchMock = jest.Mock<
  (input: string, init: RequestInit) => Promise<{ json: () => Promise<unknown> }>
>
let fetchMock: FetchMock

function answer(body: CommentResponse | string) {
  return { json: async () => (typeof body === 'string' ? JSON.parse(body) : body) }
}

/** The fields of the n-th request the form sent. */
function sent(call = 0): URLSearchParams {
  const init = fetchMock.mock.calls[call]?.[1]
  return new URLSearchParams(String(init?.body ?? ''))
}

function renderForm({ renderedAt = '1750000000000.token', idempotencyKey = KEY } = {}) {
  render(
    <CommentFormClient
      articleId="article-1"
      slug="back-pain"
      renderedAt={renderedAt}
      idempotencyKey={idempotencyKey}
    />,
  )
  return userEvent.setup()
}

async function fillAndPost(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText('Name'), 'Ann')
  await user.type(screen.getByLabelText('Email (optional, never shown)'), 'ann@example.com')
  await user.type(screen.getByLabelText('Comment'), 'Very helpful, thanks')
  await user.click(screen.getByRole('button', { name: 'Post comment' }))
}

beforeEach(() => {
  fetchMock = jest.fn() as FetchMock
  globalThis.fetch = fetchMock as unknown as typeof fetch
})
afterEach(() => {
  jest.restoreAllMocks()
})

describe('CommentFormClient', () => {
  it('is a plain form posting to the endpoint, with a label for every field', () => {
    renderForm()
    const form = screen.getByRole('form', { name: 'Leave a comment' })
    expect(form).toHaveAttribute('method', 'post')
    expect(form).toHaveAttribute('action', '/api/comments')
    expect(screen.getByLabelText('Name')).toBeRequired()
    expect(screen.getByLabelText('Email (optional, never shown)')).not.toBeRequired()
    expect(screen.getByLabelText('Comment')).toHaveAttribute('maxLength', '2000')
    expect(screen.getByLabelText('Name')).toHaveAttribute('maxLength', '80')
    expect(form).toHaveFormValues({
      articleId: 'article-1',
      slug: 'back-pain',
      idempotencyKey: KEY,
      website: '',
    })
  })

  it('hides the honeypot from people and assistive technology', () => {
    renderForm()
    expect(screen.queryByRole('textbox', { name: /website/i })).toBeNull()
    expect(screen.getByRole('textbox', { name: /website/i, hidden: true })).toHaveAttribute(
      'tabindex',
      '-1',
    )
  })

  it('posts with fetch asking for JSON, shows a pending state, then the moderation notice', async () => {
    let resolve: (value: ReturnType<typeof answer>) => void = () => undefined
    fetchMock.mockReturnValue(new Promise((done) => (resolve = done)))
    const user = renderForm()
    await fillAndPost(user)
    expect(screen.getByRole('button', { name: 'Posting…' })).toHaveAttribute(
      'aria-disabled',
      'true',
    )
    expect(screen.getByRole('form')).toHaveAttribute('aria-busy', 'true')
    expect(fetchMock.mock.calls[0]?.[1].headers).toMatchObject({ accept: 'application/json' })
    expect(Object.fromEntries(sent())).toMatchObject({
      authorName: 'Ann',
      body: 'Very helpful, thanks',
      idempotencyKey: KEY,
    })
    resolve(answer({ ok: true, message: ACCEPTED_MESSAGE }))
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(ACCEPTED_MESSAGE))
    expect(screen.getByLabelText('Comment')).toHaveValue('')
    expect(screen.getByLabelText('Name')).toHaveValue('Ann')
    expect(screen.getByRole('form')).not.toHaveFormValues({ idempotencyKey: KEY })
  })

  it('shows field errors in place, tied to their fields, keeping the text and focusing the first', async () => {
    fetchMock.mockResolvedValue(
      answer({
        ok: false,
        fieldErrors: { body: 'Comments can be at most 2,000 characters' },
        formError: null,
      }),
    )
    const user = renderForm()
    await fillAndPost(user)
    const body = screen.getByLabelText('Comment')
    await waitFor(() => expect(body).toHaveAttribute('aria-invalid', 'true'))
    expect(body).toHaveAccessibleDescription('Comments can be at most 2,000 characters')
    expect(body).toHaveFocus()
    expect(body).toHaveValue('Very helpful, thanks')
    expect(screen.getByLabelText('Name')).not.toHaveAttribute('aria-invalid')
  })

  it('clears a field error once the reader edits that field', async () => {
    fetchMock.mockResolvedValue(
      answer({ ok: false, fieldErrors: { authorName: 'Please enter your name' }, formError: null }),
    )
    const user = renderForm()
    await user.click(screen.getByRole('button', { name: 'Post comment' }))
    const name = screen.getByLabelText('Name')
    await waitFor(() => expect(name).toHaveAccessibleDescription('Please enter your name'))
    await user.type(name, 'A')
    expect(name).not.toHaveAttribute('aria-invalid')
  })

  it('announces a failure to post, keeps the text and the idempotency key for the retry', async () => {
    fetchMock.mockResolvedValueOnce(
      answer({ ok: false, fieldErrors: {}, formError: UNAVAILABLE_MESSAGE }),
    )
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'))
    fetchMock.mockResolvedValueOnce({
      json: async () => Promise.reject(new SyntaxError('Unexpected token <')),
    })
    const user = renderForm()
    await fillAndPost(user)
    expect(await screen.findByRole('alert')).toHaveTextContent(UNAVAILABLE_MESSAGE)
    for (const call of [1, 2]) {
      await user.click(screen.getByRole('button', { name: 'Post comment' }))
      await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(call + 1))
      expect(await screen.findByRole('alert')).toHaveTextContent(UNAVAILABLE_MESSAGE)
    }
    expect([0, 1, 2].map((call) => sent(call).get('idempotencyKey'))).toEqual([KEY, KEY, KEY])
    expect(screen.getByLabelText('Comment')).toHaveValue('Very helpful, thanks')
  })

  it('resends with the fresh token the server hands out after a too-fast post', async () => {
    fetchMock.mockResolvedValueOnce(
      answer({
        ok: false,
        fieldErrors: {},
        formError: TOO_FAST_MESSAGE,
        renderedAt: '1750000009999.fresh',
      }),
    )
    fetchMock.mockResolvedValueOnce(answer({ ok: true, message: ACCEPTED_MESSAGE }))
    const user = renderForm()
    await fillAndPost(user)
    expect(await screen.findByRole('alert')).toHaveTextContent(TOO_FAST_MESSAGE)
    await user.click(screen.getByRole('button', { name: 'Post comment' }))
    expect(await screen.findByText(ACCEPTED_MESSAGE)).toBeInTheDocument()
    expect(sent(1).get('renderedAt')).toBe('1750000009999.fresh')
    expect(screen.getByRole('alert')).toBeEmptyDOMElement()
  })

  it('sends a double click once', async () => {
    fetchMock.mockReturnValue(new Promise(() => undefined))
    const user = renderForm()
    await user.type(screen.getByLabelText('Comment'), 'Hi there')
    await user.dblClick(screen.getByRole('button', { name: 'Post comment' }))
    expect(fetchMock).toHaveBeenCalledTimes(1)
  })

  it('previews from the static form (no signed time), then posts with the token and key it gets back', async () => {
    fetchMock.mockResolvedValueOnce(
      answer({
        ok: false,
        fieldErrors: {},
        formError: 'Please check your comment, then post it.',
        renderedAt: '1750000009999.fresh',
      }),
    )
    fetchMock.mockResolvedValueOnce(answer({ ok: true, message: ACCEPTED_MESSAGE }))
    const user = renderForm({ renderedAt: '', idempotencyKey: '' })
    await user.type(screen.getByLabelText('Name'), 'Ann')
    await user.type(screen.getByLabelText('Comment'), 'Very helpful, thanks')
    await user.click(screen.getByRole('button', { name: 'Preview comment' }))
    await user.click(await screen.findByRole('button', { name: 'Post comment' }))
    expect(await screen.findByText(ACCEPTED_MESSAGE)).toBeInTheDocument()
    const [first, second] = [sent(0), sent(1)]
    expect(first.get('idempotencyKey')).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    )
    expect(second.get('idempotencyKey')).toBe(first.get('idempotencyKey'))
    expect(second.get('renderedAt')).toBe('1750000009999.fresh')
  })

  it('turns off native validation only once hydrated, so the plain form keeps it', () => {
    renderForm()
    expect(screen.getByRole('form')).toHaveAttribute('novalidate')
  })
})
