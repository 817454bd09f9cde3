import {
  fieldId,
  HIDDEN_FIELDS,
  HONEYPOT,
  TEXTAREA_ROWS,
  VISIBLE_FIELDS,
  type HiddenField,
  type VisibleField,
} from '../shared/form-fields'
import { escapeHtml } from './escape-html'
import type { CommentDraft, CommentField, FieldErrors } from '../shared/form-state'
import { articlePath } from './respond'

/**
 * The page a plain (no-JavaScript) form post gets when its comment was not accepted: the form
 * again, with what the reader typed, each problem next to its field and a fresh signed time.
 * The article page is cached and the same for everyone, so it cannot show this per-request state.
 * Its fields are the React form's (`VISIBLE_FIELDS`, `HIDDEN_FIELDS`, `HONEYPOT`); only the
 * markup is written here, as React's `react-dom/server` cannot run in a route handler.
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

function fieldHtml(spec: VisibleField, page: NoJsPage, autofocus: boolean): string {
  const id = fieldId(spec.field)
  const error = page.fieldErrors[spec.field]
  const value = escapeHtml(page.draft[spec.field])
  const attributes = [
    `id="${id}"`,
    `name="${spec.field}"`,
    `maxlength="${page.limits[spec.field]}"`,
    spec.required ? 'required' : '',
    spec.autoComplete ? `autocomplete="${spec.autoComplete}"` : '',
    error ? `aria-invalid="true" aria-describedby="${id}-error"` : '',
    autofocus ? 'autofocus' : '',
  ]
    .filter(Boolean)
    .join(' ')
  const control =
    spec.type === 'textarea'
      ? `<textarea rows="${TEXTAREA_ROWS}" ${attributes}>${value}</textarea>`
      : `<input type="${spec.type}" value="${value}" ${attributes}>`
  const message = error ? `<p class="error" id="${id}-error">${escapeHtml(error)}</p>` : ''
  return `<div><label for="${id}">${spec.label}</label>${control}${message}</div>`
}

/** The whole HTML document. */
export function noJsPageHtml(page: NoJsPage): string {
  const firstInvalid = VISIBLE_FIELDS.find((spec) => page.fieldErrors[spec.field])?.field
  const hidden: Record<HiddenField, string> = {
    articleId: page.articleId,
    slug: page.slug,
    renderedAt: page.renderedAt,
    idempotencyKey: page.draft.idempotencyKey,
  }
  const hiddenInputs = HIDDEN_FIELDS.map(
    (name) => `<input type="hidden" name="${name}" value="${escapeHtml(hidden[name])}">`,
  ).join('')
  const back = page.slug
    ? `<p><a href="${escapeHtml(articlePath(page.slug))}#comments">Back to the article</a></p>`
    : ''
  const alert = page.formError
    ? `<p class="alert" role="alert">${escapeHtml(page.formError)}</p>`
    : ''
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>Leave a comment</title><style>${STYLE}</style></head><body><main>${back}<h1>Leave a comment</h1>${alert}<form method="post" action="/api/comments">${hiddenInputs}<div class="trap" aria-hidden="true"><label>${HONEYPOT.label} <input type="text" name="${HONEYPOT.name}" tabindex="-1" autocomplete="off" value=""></label></div>${VISIBLE_FIELDS.map((spec) => fieldHtml(spec, page, spec.field === firstInvalid)).join('')}<button type="submit">Post comment</button></form></main></body></html>`
}
