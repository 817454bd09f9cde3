'use client'

import { useSyncExternalStore } from 'react'
import {
  HIDDEN_FIELDS,
  HONEYPOT,
  VISIBLE_FIELDS,
  type HiddenField,
} from '@/features/comments/shared/form-fields'
import styles from './comment-form.module.css'
import { FormField } from './form-field'
import { COMMENTS_ENDPOINT } from './post-comment'
import { useCommentPost } from './use-comment-post'

export interface CommentFormClientProps {
  articleId: string
  slug: string
}

const subscribeToNothing = () => () => undefined

/** False in the server's HTML and during hydration, true once this runs in the browser. */
function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  )
}

function HiddenFields({ values }: { values: Record<HiddenField, string> }) {
  return HIDDEN_FIELDS.map((name) => (
    <input key={name} type="hidden" name={name} value={values[name]} />
  ))
}

/**
 * The comment form (its fields: `VISIBLE_FIELDS`). Rendered on the server it is a plain form with no signed time and no key, the
 * same for every reader: its button previews through the endpoint, which answers with the form
 * again, signed. Once hydrated it gets its signed time, posts with fetch, shows errors in place
 * and keeps everything the reader typed.
 */
export function CommentFormClient({ articleId, slug }: CommentFormClientProps) {
  const enhanced = useHydrated()
  const { state, submit, clearError } = useCommentPost(articleId)
  const { pending, fieldErrors } = state
  return (
    <form
      className={styles.form}
      method="post"
      action={COMMENTS_ENDPOINT}
      noValidate={enhanced}
      onSubmit={(event) => void submit(event)}
      aria-label="Leave a comment"
      aria-busy={pending}
    >
      <HiddenFields
        values={{
          articleId,
          slug,
          renderedAt: state.renderedAt,
          idempotencyKey: state.idempotencyKey,
        }}
      />
      <div className={styles.trap} aria-hidden="true">
        <label>
          {HONEYPOT.label}{' '}
          <input
            type="text"
            name={HONEYPOT.name}
            tabIndex={-1}
            autoComplete="off"
            defaultValue=""
          />
        </label>
      </div>
      {VISIBLE_FIELDS.map((spec) => (
        <FormField
          key={spec.field}
          spec={spec}
          error={fieldErrors[spec.field]}
          onEdit={clearError}
        />
      ))}
      <p role="alert" className={styles.formError}>
        {state.formError}
      </p>
      <p role="status" className={styles.message}>
        {pending ? 'Posting your comment…' : state.message}
      </p>
      <button type="submit" className={styles.submit} aria-disabled={pending}>
        {pending ? 'Posting…' : enhanced ? 'Post comment' : 'Preview comment'}
      </button>
    </form>
  )
}
