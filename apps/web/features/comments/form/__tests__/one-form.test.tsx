/** @jest-environment jsdom */
import { describe, expect, it } from '@jest/globals'
import { renderToStaticMarkup } from 'react-dom/server'
import { noJsPageHtml } from '@/features/comments/server/no-js-page'
import { COMMENT_LIMITS } from '@repo/content/comment-limits'
import { CommentFormClient } from '../comment-form.client'

/** Every control of the only form in `html`, as a browser would post and announce it. */
function controls(html: string) {
  const doc = new DOMParser().parseFromString(html, 'text/html')
  const forms = doc.querySelectorAll('form')
  expect(forms).toHaveLength(1)
  return [...doc.querySelectorAll('form input, form textarea')].map((control) => ({
    name: control.getAttribute('name'),
    kind: control.tagName === 'TEXTAREA' ? 'textarea' : control.getAttribute('type'),
    label: control.id ? doc.querySelector(`label[for="${control.id}"]`)?.textContent : null,
    maxLength: control.getAttribute('maxlength'),
    required: control.hasAttribute('required'),
    autoComplete: control.getAttribute('autocomplete'),
    hidden: control.closest('[aria-hidden="true"]') !== null,
    action: control.closest('form')?.getAttribute('action'),
  }))
}

describe('the comment form is defined once', () => {
  it('has the same controls on the article page and on the answer page of a plain post', () => {
    const articlePage = renderToStaticMarkup(<CommentFormClient articleId="a1" slug="s" />)
    const answerPage = noJsPageHtml({
      articleId: 'a1',
      slug: 's',
      draft: { authorName: '', authorEmail: '', body: '', idempotencyKey: 'k' },
      fieldErrors: {},
      formError: null,
      renderedAt: 't',
      limits: COMMENT_LIMITS,
    })
    const expected = controls(articlePage)
    expect(expected.map((control) => control.name)).toEqual([
      'articleId',
      'slug',
      'renderedAt',
      'idempotencyKey',
      'website',
      'authorName',
      'authorEmail',
      'body',
    ])
    expect(controls(answerPage)).toEqual(expected)
  })
})
