'use client'

import { useEffect, useRef, useState, type FormEvent } from 'react'
import { VISIBLE_COMMENT_FIELDS } from '@repo/content/comment-limits'
import type { CommentField, FieldErrors } from '@/features/comments/shared/form-state'
import { newIdempotencyKey } from './new-idempotency-key'
import { fetchFormToken, postComment } from './post-comment'

/** What the enhanced form shows: the signed time and key it posts with, and the last answer. */
export interface CommentPostState {
  pending: boolean
  fieldErrors: FieldErrors
  formError: string | null
  message: string | null
  renderedAt: string
  idempotencyKey: string
}

function formFields(form: HTMLFormElement): URLSearchParams {
  const fields = new URLSearchParams()
  for (const [name, value] of new FormData(form))
    if (typeof value === 'string') fields.append(name, value)
  return fields
}

/**
 * Posts the form with fetch and keeps the outcome. Once in the browser it asks for a signed
 * `renderedAt` (the page itself is cached and the same for everyone); a post made before that
 * answer arrives waits for it. The reader's text stays in the fields on any failure, with the same
 * idempotency key, so a retry cannot store a comment twice; only an accepted comment clears the
 * comment field and draws a new key.
 */
export function useCommentPost(articleId: string) {
  const [state, setState] = useState<CommentPostState>({
    pending: false,
    fieldErrors: {},
    formError: null,
    message: null,
    renderedAt: '',
    idempotencyKey: '',
  })
  // A ref, not state: a second click in the same frame must already see the first one.
  const inFlight = useRef(false)
  const tokenRequest = useRef<Promise<string> | null>(null)

  useEffect(() => {
    let mounted = true
    const request = fetchFormToken(articleId).then((answer) => (answer.ok ? answer.renderedAt : ''))
    tokenRequest.current = request
    void request.then((renderedAt) => {
      if (mounted && renderedAt)
        setState((current) => (current.renderedAt ? current : { ...current, renderedAt }))
    })
    return () => {
      mounted = false
    }
  }, [articleId])

  const clearError = (field: CommentField) =>
    setState((current) =>
      current.fieldErrors[field]
        ? { ...current, fieldErrors: { ...current.fieldErrors, [field]: undefined } }
        : current,
    )

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (inFlight.current) return
    inFlight.current = true
    const form = event.currentTarget
    const fields = formFields(form)
    setState((current) => ({ ...current, pending: true, message: null }))
    if (!fields.get('renderedAt')) fields.set('renderedAt', (await tokenRequest.current) ?? '')
    const idempotencyKey = state.idempotencyKey || newIdempotencyKey()
    fields.set('idempotencyKey', idempotencyKey)
    setState((current) => ({ ...current, idempotencyKey }))
    const result = await postComment(fields)
    inFlight.current = false
    if (result.ok) {
      const body = form.elements.namedItem('body')
      if (body instanceof HTMLTextAreaElement) body.value = ''
      setState((current) => ({
        ...current,
        pending: false,
        fieldErrors: {},
        formError: null,
        message: result.message,
        idempotencyKey: newIdempotencyKey(),
      }))
      return
    }
    const { fieldErrors, formError, renderedAt } = result
    setState((current) => ({
      ...current,
      pending: false,
      fieldErrors,
      formError,
      renderedAt: renderedAt ?? current.renderedAt,
    }))
    const firstInvalid = VISIBLE_COMMENT_FIELDS.find((field) => fieldErrors[field])
    if (firstInvalid) form.querySelector<HTMLElement>(`#comment-${firstInvalid}`)?.focus()
  }

  return { state, submit, clearError }
}
