/**
 * The shapes the comment form shows: what the reader typed and what was wrong with it. Shared by
 * the server (JSON answers, the no-JS page) and the client component, so it holds types only.
 */

import type { VisibleCommentField } from '@repo/content/comment-limits'

/** The fields a reader fills in. */
export type CommentField = VisibleCommentField

/** One message per field, the first problem found. */
export type FieldErrors = Partial<Record<CommentField, string>>

/** What the reader typed, kept whenever a submission fails, plus the key that makes a retry safe. */
export interface CommentDraft {
  authorName: string
  authorEmail: string
  body: string
  idempotencyKey: string
}

/** The JSON answer of `POST /api/comments` to the enhanced form. */
export type CommentResponse =
  | { ok: true; message: string }
  | {
      ok: false
      fieldErrors: FieldErrors
      formError: string | null
      /** A fresh `renderedAt` token when the old one was refused (too fast, expired, forged). */
      renderedAt?: string
    }

/** The JSON answer of `GET /api/comments/token`: a signed `renderedAt` for one article's form. */
export type FormTokenResponse = { ok: true; renderedAt: string } | { ok: false; formError: string }
