'use client'

import { useSyncExternalStore } from 'react'
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

/**
 * The comment form. Rendered on the server it is a plain form with no signed time and no key, the
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
      onSubmit={submit}
      aria-label="Leave a comment"
      aria-busy={pending}
    >
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="renderedAt" value={state.renderedAt} />
      <input type="hidden" name="idempotencyKey" value={state.idempotencyKey} />
      <div className={styles.trap} aria-hidden="true">
        <label>
          Website{' '}
          <input type="text" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
        </label>
      </div>
      <FormField
        field="authorName"
        label="Name"
        error={fieldErrors.authorName}
        required
        autoComplete="name"
        onEdit={clearError}
      />
      <FormField
        field="authorEmail"
        label="Email (optional, never shown)"
        type="email"
        error={fieldErrors.authorEmail}
        autoComplete="email"
        onEdit={clearError}
      />
      <FormField
        field="body"
        label="Comment"
        multiline
        error={fieldErrors.body}
        required
        onEdit={clearError}
      />
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
