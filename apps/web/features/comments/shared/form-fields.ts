import type { CommentField } from './form-state'

/**
 * The comment form, defined once: its fields in order, with labels and input hints. The React
 * form (`form/`) and the answer page for a plain post (`server/no-js-page.ts`, which cannot use
 * React: route handlers run in the React Server Components layer, without `react-dom/server`)
 * both render exactly these, so the two can never drift apart.
 */

export interface VisibleField {
  field: CommentField
  label: string
  type: 'text' | 'email' | 'textarea'
  required: boolean
  autoComplete?: 'name' | 'email'
}

export const VISIBLE_FIELDS: readonly VisibleField[] = [
  { field: 'authorName', label: 'Name', type: 'text', required: true, autoComplete: 'name' },
  {
    field: 'authorEmail',
    label: 'Email (optional, never shown)',
    type: 'email',
    required: false,
    autoComplete: 'email',
  },
  { field: 'body', label: 'Comment', type: 'textarea', required: true },
]

/** What every post carries besides the reader's fields: the article, the signed time, the key. */
export const HIDDEN_FIELDS = ['articleId', 'slug', 'renderedAt', 'idempotencyKey'] as const

export type HiddenField = (typeof HIDDEN_FIELDS)[number]

/** The honeypot: off-screen and hidden from assistive technology; a person leaves it empty. */
export const HONEYPOT = { name: 'website', label: 'Website' } as const

export const TEXTAREA_ROWS = 6

/** The element id of a field's control; its error is `<id>-error`. */
export const fieldId = (field: CommentField) => `comment-${field}`
