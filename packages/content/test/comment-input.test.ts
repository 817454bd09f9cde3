import { describe, expect, it } from '@jest/globals'
import { COMMENT_MESSAGES as M, commentInputSchema, parseCommentInput } from '../src/comment-input'

const valid = {
  articleId: 'article-lower-back-pain-after-exercise',
  authorName: 'Jordan',
  authorEmail: 'jordan@example.com',
  body: 'Thanks, this helped!',
  website: '',
  renderedAt: '1741600000000',
  idempotencyKey: '6f1c2f4e-8a4b-4c1e-9d2a-3b5e7f9a1c2d',
}

/** The errors for the valid form with `change` applied. */
function errorsWith(change: Record<string, unknown>) {
  const result = parseCommentInput({ ...valid, ...change })
  if (result.ok) throw new Error('expected the form to be rejected')
  return result.errors
}

describe('comment input', () => {
  it('accepts a complete form', () => {
    const result = parseCommentInput(valid)
    expect(result).toEqual({ ok: true, data: valid })
  })

  describe('articleId', () => {
    it.each([
      ['drafts.article-1'],
      ['versions.r1.article-1'],
      [''],
      ['has space'],
      ['a'.repeat(129)],
    ])('rejects %p as a form error', (articleId) => {
      expect(errorsWith({ articleId })).toEqual({ fieldErrors: {}, formError: M.articleId })
    })
  })

  describe('authorName', () => {
    it('is trimmed', () => {
      expect(commentInputSchema.parse({ ...valid, authorName: '  Jordan  ' }).authorName).toBe(
        'Jordan',
      )
    })
    it.each([[''], ['   '], [undefined]])('asks for a name when it is %p', (authorName) => {
      expect(errorsWith({ authorName }).fieldErrors).toEqual({
        authorName: 'Please enter your name',
      })
    })
    it('allows 80 characters and no more', () => {
      expect(parseCommentInput({ ...valid, authorName: 'a'.repeat(80) }).ok).toBe(true)
      expect(errorsWith({ authorName: 'a'.repeat(81) }).fieldErrors).toEqual({
        authorName: M.nameTooLong,
      })
    })
    it('rejects control characters', () => {
      expect(errorsWith({ authorName: 'Jo\u0000rdan' }).fieldErrors).toEqual({
        authorName: M.nameControl,
      })
      expect(errorsWith({ authorName: 'Jo\nrdan' }).fieldErrors).toEqual({
        authorName: M.nameControl,
      })
    })
  })

  describe('authorEmail', () => {
    it('is optional: missing or blank becomes undefined', () => {
      expect(commentInputSchema.parse({ ...valid, authorEmail: '' }).authorEmail).toBeUndefined()
      expect(commentInputSchema.parse({ ...valid, authorEmail: '   ' }).authorEmail).toBeUndefined()
      const { authorEmail: _omitted, ...withoutEmail } = valid
      expect(commentInputSchema.parse(withoutEmail).authorEmail).toBeUndefined()
    })
    it('is trimmed', () => {
      expect(
        commentInputSchema.parse({ ...valid, authorEmail: ' jordan@example.com ' }).authorEmail,
      ).toBe('jordan@example.com')
    })
    it.each([['jordan'], ['jordan@'], ['@example.com'], ['jo rdan@example.com']])(
      'rejects %p',
      (authorEmail) => {
        expect(errorsWith({ authorEmail }).fieldErrors).toEqual({ authorEmail: M.emailInvalid })
      },
    )
    it('allows at most 254 characters', () => {
      const long = `${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(58)}.com`
      expect(long.length).toBe(255)
      expect(errorsWith({ authorEmail: long }).fieldErrors).toEqual({ authorEmail: M.emailTooLong })
    })
  })

  describe('body', () => {
    it('is trimmed and has CRLF and CR normalised to LF', () => {
      expect(commentInputSchema.parse({ ...valid, body: '  one\r\ntwo\rthree  ' }).body).toBe(
        'one\ntwo\nthree',
      )
    })
    it('needs at least 2 characters after trimming', () => {
      expect(errorsWith({ body: ' a ' }).fieldErrors).toEqual({ body: M.bodyTooShort })
      expect(errorsWith({ body: undefined }).fieldErrors).toEqual({ body: M.bodyTooShort })
    })
    it('allows 2,000 characters and no more, counted after normalising line ends', () => {
      expect(parseCommentInput({ ...valid, body: 'a'.repeat(2000) }).ok).toBe(true)
      expect(
        parseCommentInput({ ...valid, body: `${'a'.repeat(999)}\r\n${'a'.repeat(1000)}` }).ok,
      ).toBe(true)
      expect(errorsWith({ body: 'a'.repeat(2001) }).fieldErrors).toEqual({
        body: 'Comments can be at most 2,000 characters',
      })
    })
    it('allows newlines and tabs but no other control characters', () => {
      expect(parseCommentInput({ ...valid, body: 'one\n\ttwo' }).ok).toBe(true)
      expect(errorsWith({ body: 'bell\u0007' }).fieldErrors).toEqual({ body: M.bodyControl })
      expect(errorsWith({ body: 'c1\u0085control' }).fieldErrors).toEqual({ body: M.bodyControl })
    })
  })

  describe('anti-spam fields', () => {
    it('rejects a filled-in honeypot as a form error', () => {
      expect(errorsWith({ website: 'http://spam.example' })).toEqual({
        fieldErrors: {},
        formError: M.honeypot,
      })
    })
    it('accepts a missing honeypot', () => {
      const { website: _omitted, ...withoutHoneypot } = valid
      expect(parseCommentInput(withoutHoneypot).ok).toBe(true)
    })
    it('accepts a plain or signed timestamp and rejects anything else', () => {
      expect(
        parseCommentInput({ ...valid, renderedAt: '1741600000000.Zm9vYmFyYmF6cXV4cXV1eA' }).ok,
      ).toBe(true)
      for (const renderedAt of ['', 'yesterday', '1741600000000.short', '17416<script>']) {
        expect(errorsWith({ renderedAt })).toEqual({ fieldErrors: {}, formError: M.renderedAt })
      }
    })
    it('needs a UUID idempotency key', () => {
      expect(errorsWith({ idempotencyKey: 'not-a-uuid' })).toEqual({
        fieldErrors: {},
        formError: M.idempotencyKey,
      })
    })
  })

  it('reports the first message of every failing visible field at once', () => {
    expect(errorsWith({ authorName: '', authorEmail: 'nope', body: '' })).toEqual({
      fieldErrors: {
        authorName: M.nameRequired,
        authorEmail: M.emailInvalid,
        body: M.bodyTooShort,
      },
    })
  })
})
