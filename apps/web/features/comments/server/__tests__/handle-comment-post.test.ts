/** @jest-environment node */
import { describe, expect, it } from '@jest/globals'
import { COMMENT_MESSAGES } from '@repo/content/comment-input'
import { handleCommentPost } from '../handle-comment-post'
import { issueRenderToken } from '../render-token'
import {
  ACCEPTED_MESSAGE,
  COMMENTS_CLOSED_MESSAGE,
  UNAVAILABLE_MESSAGE,
  UNKNOWN_ARTICLE_MESSAGE,
} from '../../shared/messages'
import { ARTICLE, CLOSED, NOW, postRequest, testDeps, validFields } from './fakes'

describe('POST /api/comments (JSON answers)', () => {
  it('stores a valid comment as pending, its id derived from the idempotency key', async () => {
    const deps = testDeps()
    const response = await handleCommentPost(postRequest(validFields()), deps)
    expect(response.status).toBe(202)
    expect(await response.json()).toEqual({ ok: true, message: ACCEPTED_MESSAGE })
    expect([...deps.store.documents.values()]).toEqual([
      {
        _id: 'comments.5f0c6a8e-2a4b-4d7c-9f1e-3b2a1c0d9e8f',
        _type: 'comment',
        article: { _type: 'reference', _ref: ARTICLE.id },
        authorName: 'Ann Reader',
        authorEmail: 'ann@example.com',
        body: 'Stretching after runs helped me a lot.',
        status: 'pending',
        submittedAt: new Date(NOW).toISOString(),
      },
    ])
  })

  it('leaves out an empty email and never stores the honeypot or form plumbing', async () => {
    const deps = testDeps()
    await handleCommentPost(postRequest(validFields({ authorEmail: '  ' })), deps)
    const [stored] = deps.store.documents.values()
    expect(Object.keys(stored ?? {}).sort()).toEqual([
      '_id',
      '_type',
      'article',
      'authorName',
      'body',
      'status',
      'submittedAt',
    ])
  })

  it.each([
    ['a missing name', { authorName: '' }, 'authorName', COMMENT_MESSAGES.nameRequired],
    [
      'a name over 80 characters',
      { authorName: 'n'.repeat(81) },
      'authorName',
      COMMENT_MESSAGES.nameTooLong,
    ],
    [
      'control characters in the name',
      { authorName: 'Ann\u0007' },
      'authorName',
      COMMENT_MESSAGES.nameControl,
    ],
    [
      'an invalid email',
      { authorEmail: 'not-an-email' },
      'authorEmail',
      COMMENT_MESSAGES.emailInvalid,
    ],
    ['a one-character comment', { body: ' x ' }, 'body', COMMENT_MESSAGES.bodyTooShort],
    [
      'a comment over 2,000 characters',
      { body: 'b'.repeat(2001) },
      'body',
      COMMENT_MESSAGES.bodyTooLong,
    ],
    [
      'control characters in the comment',
      { body: 'hello\u0000there' },
      'body',
      COMMENT_MESSAGES.bodyControl,
    ],
  ])(
    'refuses %s with a message on that field, storing nothing',
    async (_, change, field, message) => {
      const deps = testDeps()
      const response = await handleCommentPost(postRequest(validFields(change)), deps)
      expect(response.status).toBe(400)
      expect(await response.json()).toEqual({
        ok: false,
        fieldErrors: { [field]: message },
        formError: null,
      })
      expect(deps.store.writes).toBe(0)
    },
  )

  it.each([
    ['a missing article id', { articleId: '' }, COMMENT_MESSAGES.articleId],
    ['a draft article id', { articleId: 'drafts.article-back-pain' }, COMMENT_MESSAGES.articleId],
    ['a malformed idempotency key', { idempotencyKey: 'retry-1' }, COMMENT_MESSAGES.idempotencyKey],
    ['a malformed renderedAt', { renderedAt: 'yesterday' }, COMMENT_MESSAGES.renderedAt],
  ])('refuses %s with a form-level message', async (_, change, message) => {
    const response = await handleCommentPost(postRequest(validFields(change)), testDeps())
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({ ok: false, fieldErrors: {}, formError: message })
  })

  it('says 404 for an unknown article and 403 where comments are closed', async () => {
    const deps = testDeps()
    const unknown = validFields({ articleId: 'article-gone' })
    unknown.renderedAt = issueRenderToken(deps.keys.renderToken, 'article-gone', NOW - 10_000)
    const missing = await handleCommentPost(postRequest(unknown), deps)
    expect([missing.status, (await missing.json()).formError]).toEqual([
      404,
      UNKNOWN_ARTICLE_MESSAGE,
    ])
    const closedFields = validFields({ articleId: CLOSED.id })
    closedFields.renderedAt = issueRenderToken(deps.keys.renderToken, CLOSED.id, NOW - 10_000)
    const closed = await handleCommentPost(postRequest(closedFields), deps)
    expect([closed.status, (await closed.json()).formError]).toEqual([403, COMMENTS_CLOSED_MESSAGE])
    expect(deps.store.writes).toBe(0)
  })

  it('answers 503 with the reader-facing message when the lake fails, and reports it', async () => {
    const deps = testDeps()
    deps.store.failing = true
    const response = await handleCommentPost(postRequest(validFields()), deps)
    expect(response.status).toBe(503)
    expect(await response.json()).toEqual({
      ok: false,
      fieldErrors: {},
      formError: UNAVAILABLE_MESSAGE,
    })
    expect(deps.errors).toEqual(['comment not stored: the Content Lake failed'])
  })
})
