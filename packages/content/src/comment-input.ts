/**
 * The reader's comment form: what the comment endpoint (`POST /api/comments`) accepts, with the
 * messages a reader sees. Spam signals (honeypot, render time, idempotency key) are checked here
 * for shape only; the endpoint verifies the timestamp's signature and age.
 */
import { z } from 'zod'
import { blankToUndefined } from './blank'
import {
  COMMENT_BODY_MIN,
  COMMENT_LIMITS,
  VISIBLE_COMMENT_FIELDS,
  type VisibleCommentField,
} from './comment-limits'

// Any C0/C1 control character; the body allows newline and tab (checked separately).
const CONTROL = /\p{Cc}/u
const CONTROL_EXCEPT_NEWLINE_TAB = /[^\P{Cc}\n\t]/u

export const COMMENT_MESSAGES = {
  articleId: 'This article cannot take comments right now. Please reload the page.',
  nameRequired: 'Please enter your name',
  nameTooLong: `Names can be at most ${COMMENT_LIMITS.authorName} characters`,
  nameControl: 'Your name contains characters we cannot show',
  emailInvalid: 'Please enter a valid email address, or leave it empty',
  emailTooLong: `Email addresses can be at most ${COMMENT_LIMITS.authorEmail} characters`,
  bodyTooShort: `Please write a comment of at least ${COMMENT_BODY_MIN} characters`,
  bodyTooLong: `Comments can be at most ${COMMENT_LIMITS.body.toLocaleString('en-US')} characters`,
  bodyControl: 'Your comment contains characters we cannot show',
  honeypot: 'Your comment could not be sent. Please try again.',
  renderedAt: 'This form has expired. Please reload the page and try again.',
  idempotencyKey: 'Your comment could not be sent. Please reload the page and try again.',
} as const

export const commentInputSchema = z.object({
  // A published document id: no drafts./versions. prefix, Sanity's id alphabet.
  articleId: z
    .string(COMMENT_MESSAGES.articleId)
    .trim()
    .regex(
      /^(?!drafts\.|versions\.)[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/,
      COMMENT_MESSAGES.articleId,
    ),
  authorName: z
    .string(COMMENT_MESSAGES.nameRequired)
    .trim()
    .min(1, COMMENT_MESSAGES.nameRequired)
    .max(COMMENT_LIMITS.authorName, COMMENT_MESSAGES.nameTooLong)
    .refine((name) => !CONTROL.test(name), COMMENT_MESSAGES.nameControl),
  authorEmail: z.preprocess(
    blankToUndefined,
    z
      .string(COMMENT_MESSAGES.emailInvalid)
      .trim()
      .max(COMMENT_LIMITS.authorEmail, COMMENT_MESSAGES.emailTooLong)
      .pipe(z.email(COMMENT_MESSAGES.emailInvalid))
      .optional(),
  ),
  body: z
    .string(COMMENT_MESSAGES.bodyTooShort)
    .overwrite((text) => text.replace(/\r\n?/g, '\n'))
    .trim()
    .min(COMMENT_BODY_MIN, COMMENT_MESSAGES.bodyTooShort)
    .max(COMMENT_LIMITS.body, COMMENT_MESSAGES.bodyTooLong)
    .refine((text) => !CONTROL_EXCEPT_NEWLINE_TAB.test(text), COMMENT_MESSAGES.bodyControl),
  // Hidden from people; bots fill it in.
  website: z.string(COMMENT_MESSAGES.honeypot).max(0, COMMENT_MESSAGES.honeypot).optional(),
  // Milliseconds since the epoch, optionally followed by `.` and a signature (base64url or hex).
  renderedAt: z
    .string(COMMENT_MESSAGES.renderedAt)
    .trim()
    .regex(/^\d{10,16}(?:\.[A-Za-z0-9_-]{16,256})?$/, COMMENT_MESSAGES.renderedAt),
  idempotencyKey: z.uuid(COMMENT_MESSAGES.idempotencyKey),
})

export type CommentInput = z.output<typeof commentInputSchema>

/** Errors on the visible fields, each by its field; any other as one form-level message. */
export interface CommentFormErrors {
  fieldErrors: Partial<Record<VisibleCommentField, string>>
  formError?: string
}

const isVisibleField = (key: unknown): key is VisibleCommentField =>
  typeof key === 'string' && (VISIBLE_COMMENT_FIELDS as readonly string[]).includes(key)

/** The first message per visible field, and the first message of any hidden field as `formError`. */
export function commentFormErrors(error: z.ZodError): CommentFormErrors {
  const result: CommentFormErrors = { fieldErrors: {} }
  for (const issue of error.issues) {
    const field = issue.path[0]
    if (isVisibleField(field)) result.fieldErrors[field] ??= issue.message
    else result.formError ??= issue.message
  }
  return result
}

/** Validates submitted form values (e.g. `Object.fromEntries(formData)`). */
export function parseCommentInput(
  values: Record<string, unknown>,
): { ok: true; data: CommentInput } | { ok: false; errors: CommentFormErrors } {
  const parsed = commentInputSchema.safeParse(values)
  return parsed.success
    ? { ok: true, data: parsed.data }
    : { ok: false, errors: commentFormErrors(parsed.error) }
}
