/** @jest-environment jsdom */
import '@testing-library/jest-dom/jest-globals'
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { CommentResponse, FormTokenResponse } from '@/features/comments/shared/form-state'
import {
  ACCEPTED_MESSAGE,
  TOO_FAST_MESSAGE,
  UNAVAILABLE_MESSAGE,
} from '@/features/comments/shared/messages'
import { CommentFormClient } from '../comment-form.client'

const TOKEN = '1750000000000.token'

type Fetch = (input: string, init: RequestInit) => Promise<{ json: () => Promise<unknown> }>
type FetchMock = jest.Mock<Fetch>
/** Answers the form's posts, in order (`mockResolvedValueOnce` and friends). */
let postMock: FetchMock
/** Answers the form's request for its signed time. */
let tokenMock: FetchMock

function answer(body: CommentResponse | FormTokenResponse | string) {
  return { json: async () => (typeof body === 'string' ? JSON.parse(body) : body) }
}

/** The fields of the n-th post the form sent. */
function sent(call = 0): URLSearchParams {
  const init = postMock.mock.calls[call]?.[1]
  return new URLSearchParams(init?.body instanceof URLSearchParams ? init.body : '')
}

/** Renders the hydrated form; by default its signed time has arrived before anyone types. */
async function renderForm({ waitForToken = true } = {}) {
  render(<CommentFormClient articleId="article-1" slug="back-pain" />)
  if (waitForToken)
    await waitFor(() => expect(screen.getByRole('form')).toHaveFormValues({ renderedAt: TOKEN }))
  return userEvent.setup()
}

async function fillAndPost(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText('Name'), 'Ann')
  await user.type(screen.getByLabelText('Email (optional, never shown)'), 'ann@example.com')
  await user.type(screen.getByLabelText('Comment'), 'Very helpful, thanks')
  await user.click(screen.getByRole('button', { name: 'Post comment' }))
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

beforeEach(() => {
  postMock = jest.fn<Fetch>()
  tokenMock = jest.fn<Fetch>()
  tokenMock.mockResolvedValue(answer({ ok: true, renderedAt: TOKEN }))
  globalThis.fetch = ((input: string, init: RequestInit) =>
    (input.startsWith('/api/comments/token?') ? tokenMock : postMock)(
      input,
      init,
    )) as unknown as typeof fetch
})
afterEach(() => {
  jest.restoreAllMocks()
})

describe('CommentFormClient', () => {
  it('is a plain form posting to the endpoint, with a label for every field', async () => {
    await renderForm()
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
      idempotencyKey: '',
      website: '',
    })
  })

  it('asks for its signed time for this article once, when it runs', async () => {
    await renderForm()
    expect(tokenMock).toHaveBeenCalledTimes(1)
    expect(tokenMock.mock.calls[0]?.[0]).toBe('/api/comments/token?articleId=article-1')
    expect(tokenMock.mock.calls[0]?.[1]).toMatchObject({ cache: 'no-store' })
  })

  it('hides the honeypot from people and assistive technology', async () => {
    await renderForm()
    expect(screen.queryByRole('textbox', { name: /website/i })).toBeNull()
    expect(screen.getByRole('textbox', { name: /website/i, hidden: true })).toHaveAttribute(
      'tabindex',
      '-1',
    )
  })

  it('posts with fetch asking for JSON, shows a pending state, then the moderation notice', async () => {
    let resolve: (value: ReturnType<typeof answer>) => void = () => undefined
    postMock.mockReturnValue(new Promise((done) => (resolve = done)))
    const user = await renderForm()
    await fillAndPost(user)
    expect(screen.getByRole('button', { name: 'Posting…' })).toHaveAttribute(
      'aria-disabled',
      'true',
    )
    expect(screen.getByRole('form')).toHaveAttribute('aria-busy', 'true')
    expect(postMock.mock.calls[0]?.[1].headers).toMatchObject({ accept: 'application/json' })
    const first = sent()
    expect(Object.fromEntries(first)).toMatchObject({
      authorName: 'Ann',
      body: 'Very helpful, thanks',
      renderedAt: TOKEN,
    })
    expect(first.get('idempotencyKey')).toMatch(UUID)
    resolve(answer({ ok: true, message: ACCEPTED_MESSAGE }))
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(ACCEPTED_MESSAGE))
    expect(screen.getByLabelText('Comment')).toHaveValue('')
    expect(screen.getByLabelText('Name')).toHaveValue('Ann')
    expect(screen.getByRole('form')).not.toHaveFormValues({
      idempotencyKey: first.get('idempotencyKey'),
    })
  })

  it('waits for its signed time when posted before it arrived', async () => {
    let issue: (value: ReturnType<typeof answer>) => void = () => undefined
    tokenMock.mockReturnValue(new Promise((done) => (issue = done)))
    postMock.mockResolvedValue(answer({ ok: true, message: ACCEPTED_MESSAGE }))
    const user = await renderForm({ waitForToken: false })
    await fillAndPost(user)
    expect(screen.getByRole('button', { name: 'Posting…' })).toBeInTheDocument()
    expect(postMock).not.toHaveBeenCalled()
    issue(answer({ ok: true, renderedAt: TOKEN }))
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(ACCEPTED_MESSAGE))
    expect(sent().get('renderedAt')).toBe(TOKEN)
  })

  it('shows field errors in place, tied to their fields, keeping the text and focusing the first', async () => {
    postMock.mockResolvedValue(
      answer({
        ok: false,
        fieldErrors: { body: 'Comments can be at most 2,000 characters' },
        formError: null,
      }),
    )
    const user = await renderForm()
    await fillAndPost(user)
    const body = screen.getByLabelText('Comment')
    await waitFor(() => expect(body).toHaveAttribute('aria-invalid', 'true'))
    expect(body).toHaveAccessibleDescription('Comments can be at most 2,000 characters')
    expect(body).toHaveFocus()
    expect(body).toHaveValue('Very helpful, thanks')
    expect(screen.getByLabelText('Name')).not.toHaveAttribute('aria-invalid')
  })

  it('clears a field error once the reader edits that field', async () => {
    postMock.mockResolvedValue(
      answer({ ok: false, fieldErrors: { authorName: 'Please enter your name' }, formError: null }),
    )
    const user = await renderForm()
    await user.click(screen.getByRole('button', { name: 'Post comment' }))
    const name = screen.getByLabelText('Name')
    await waitFor(() => expect(name).toHaveAccessibleDescription('Please enter your name'))
    await user.type(name, 'A')
    expect(name).not.toHaveAttribute('aria-invalid')
  })

  it('announces a failure to post, keeps the text and the idempotency key for the retry', async () => {
    postMock.mockResolvedValueOnce(
      answer({ ok: false, fieldErrors: {}, formError: UNAVAILABLE_MESSAGE }),
    )
    postMock.mockRejectedValueOnce(new TypeError('Failed to fetch'))
    postMock.mockResolvedValueOnce({
      json: async () => Promise.reject(new SyntaxError('Unexpected token <')),
    })
    const user = await renderForm()
    await fillAndPost(user)
    expect(await screen.findByRole('alert')).toHaveTextContent(UNAVAILABLE_MESSAGE)
    for (const call of [1, 2]) {
      await user.click(screen.getByRole('button', { name: 'Post comment' }))
      await waitFor(() => expect(postMock).toHaveBeenCalledTimes(call + 1))
      expect(await screen.findByRole('alert')).toHaveTextContent(UNAVAILABLE_MESSAGE)
    }
    const keys = [0, 1, 2].map((call) => sent(call).get('idempotencyKey'))
    expect(keys[0]).toMatch(UUID)
    expect(new Set(keys).size).toBe(1)
    expect(screen.getByLabelText('Comment')).toHaveValue('Very helpful, thanks')
  })

  it('resends with the fresh token the server hands out after a too-fast post', async () => {
    postMock.mockResolvedValueOnce(
      answer({
        ok: false,
        fieldErrors: {},
        formError: TOO_FAST_MESSAGE,
        renderedAt: '1750000009999.fresh',
      }),
    )
    postMock.mockResolvedValueOnce(answer({ ok: true, message: ACCEPTED_MESSAGE }))
    const user = await renderForm()
    await fillAndPost(user)
    expect(await screen.findByRole('alert')).toHaveTextContent(TOO_FAST_MESSAGE)
    await user.click(screen.getByRole('button', { name: 'Post comment' }))
    expect(await screen.findByText(ACCEPTED_MESSAGE)).toBeInTheDocument()
    expect(sent(1).get('renderedAt')).toBe('1750000009999.fresh')
    expect(screen.getByRole('alert')).toBeEmptyDOMElement()
  })

  it('sends a double click once', async () => {
    postMock.mockReturnValue(new Promise(() => undefined))
    const user = await renderForm()
    await user.type(screen.getByLabelText('Comment'), 'Hi there')
    await user.dblClick(screen.getByRole('button', { name: 'Post comment' }))
    expect(postMock).toHaveBeenCalledTimes(1)
  })

  for (const [failure, tokenAnswer] of [
    ['refused', () => Promise.resolve(answer({ ok: false, formError: UNAVAILABLE_MESSAGE }))],
    ['unreachable', () => Promise.reject(new TypeError('Failed to fetch'))],
  ] as const) {
    it(`without a signed time (token request ${failure}) posts unsigned, then with the token and key it gets back`, async () => {
      tokenMock.mockImplementation(tokenAnswer)
      postMock.mockResolvedValueOnce(
        answer({
          ok: false,
          fieldErrors: {},
          formError: 'Please check your comment, then post it.',
          renderedAt: '1750000009999.fresh',
        }),
      )
      postMock.mockResolvedValueOnce(answer({ ok: true, message: ACCEPTED_MESSAGE }))
      const user = await renderForm({ waitForToken: false })
      await waitFor(() => expect(tokenMock).toHaveBeenCalled())
      await fillAndPost(user)
      expect(await screen.findByRole('alert')).toHaveTextContent(
        'Please check your comment, then post it.',
      )
      await user.click(screen.getByRole('button', { name: 'Post comment' }))
      expect(await screen.findByText(ACCEPTED_MESSAGE)).toBeInTheDocument()
      const [first, second] = [sent(0), sent(1)]
      expect(first.get('renderedAt')).toBe('')
      expect(first.get('idempotencyKey')).toMatch(UUID)
      expect(second.get('idempotencyKey')).toBe(first.get('idempotencyKey'))
      expect(second.get('renderedAt')).toBe('1750000009999.fresh')
    })
  }

  it('turns off native validation only once hydrated, so the plain form keeps it', async () => {
    await renderForm()
    expect(screen.getByRole('form')).toHaveAttribute('novalidate')
  })
})
