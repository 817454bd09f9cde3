import { escapeHtml } from './escape-html'
import type { CommentDraft, CommentField, FieldErrors } from './form-state'
import { articlePath } from './respond'

/**
 * The page a plain (no-JavaScript) form post gets when its comment was not accepted: the form
 * again, with what the reader typed, each problem next to its field and a fresh signed time.
 * It is rendered here because the article page cannot show per-request state without
 * JavaScript: its comment form is a dynamic hole in a cached page, streamed in by a script.
 */

export interface NoJsPage {
  articleId: string
  /** The article's slug, for the way back; empty when unknown. */
  slug: string
  draft: CommentDraft
  fieldErrors: FieldErrors
  formError: string | null
  renderedAt: string
  limits: Record<CommentField, number>
}

const STYLE = `body{font:1.0625rem/1.6 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1a1a1a;background:#fff}
main{max-width:40rem;margin:0 auto;padding:1.5rem 1rem}form{display:grid;gap:1rem}label{font-weight:600;display:block}
input,textarea{font:inherit;width:100%;box-sizing:border-box;padding:.6rem .7rem;border:1px solid #6b6b6b;border-radius:.4rem}
[aria-invalid=true]{border:2px solid #b3261e}.error,.alert{color:#b3261e;margin:.25rem 0 0}.trap{position:absolute;left:-10000px}
button{font:inherit;font-weight:600;padding:.6rem 1.2rem;border:0;border-radius:.4rem;background:#0b6e4f;color:#fff;justify-self:start}
:focus-visible{outline:3px solid #1a5fb4;outline-offset:2px}
@media (prefers-color-scheme:dark){body{background:#121212;color:#eee}input,textarea{background:#1e1e1e;color:#eee;border-color:#9a9a9a}.error,.alert{color:#ffb4ab}a{color:#9ecaff}}`

interface FieldSpec {
  field: CommentField
  label: string
  type: 'text' | 'email' | 'textarea'
  required: boolean
  autocomplete?: string
}

const FIELDS: FieldSpec[] = [
  { field: 'authorName', label: 'Name', type: 'text', required: true, autocomplete: 'name' },
  {
    field: 'authorEmail',
    label: 'Email (optional, never shown)',
    type: 'email',
    required: false,
    autocomplete: 'email',
  },
  { field: 'body', label: 'Comment', type: 'textarea', required: true },
]

function fieldHtml(spec: FieldSpec, page: NoJsPage, autofocus: boolean): string {
  const id = `comment-${spec.field}`
  const error = page.fieldErrors[spec.field]
  const value = escapeHtml(page.draft[spec.field])
  const attributes = [
    `id="${id}"`,
    `name="${spec.field}"`,
    `maxlength="${page.limits[spec.field]}"`,
    spec.required ? 'required' : '',
    spec.autocomplete ? `autocomplete="${spec.autocomplete}"` : '',
    error ? `aria-invalid="true" aria-describedby="${id}-error"` : '',
    autofocus ? 'autofocus' : '',
  ]
    .filter(Boolean)
    .join(' ')
  const control =
    spec.type === 'textarea'
      ? `<textarea rows="8" ${attributes}>${value}</textarea>`
      : `<input type="${spec.type}" value="${value}" ${attributes}>`
  const message = error ? `<p class="error" id="${id}-error">${escapeHtml(error)}</p>` : ''
  return `<div><label for="${id}">${spec.label}</label>${control}${message}</div>`
}

/** The whole HTML document. */
export function noJsPageHtml(page: NoJsPage): string {
  const firstInvalid = FIELDS.find((spec) => page.fieldErrors[spec.field])?.field
  const hidden = {
    articleId: page.articleId,
    slug: page.slug,
    renderedAt: page.renderedAt,
    idempotencyKey: page.draft.idempotencyKey,
  }
  const hiddenInputs = Object.entries(hidden)
    .map(([name, value]) => `<input type="hidden" name="${name}" value="${escapeHtml(value)}">`)
    .join('')
  const back = page.slug
    ? `<p><a href="${escapeHtml(articlePath(page.slug))}#comments">Back to the article</a></p>`
    : ''
  const alert = page.formError
    ? `<p class="alert" role="alert">${escapeHtml(page.formError)}</p>`
    : ''
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>Leave a comment</title><style>${STYLE}</style></head><body><main>${back}<h1>Leave a comment</h1>${alert}<form method="post" action="/api/comments">${hiddenInputs}<div class="trap" aria-hidden="true"><label>Website <input type="text" name="website" tabindex="-1" autocomplete="off" value=""></label></div>${FIELDS.map((spec) => fieldHtml(spec, page, spec.field === firstInvalid)).join('')}<button type="submit">Post comment</button></form></main></body></html>`
}
