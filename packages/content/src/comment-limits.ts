/**
 * What a reader may write in a comment, shared by the server's validation (comment-input.ts), the
 * form's `maxLength` attributes and the Studio's comment schema. No zod here: the form's client
 * component imports it, and every kilobyte a browser loads must earn its place.
 */

/** The fields a reader fills in, in the order the form shows them. */
export const VISIBLE_COMMENT_FIELDS = ['authorName', 'authorEmail', 'body'] as const
export type VisibleCommentField = (typeof VISIBLE_COMMENT_FIELDS)[number]

/** The longest accepted value of each field, in characters after trimming. */
export const COMMENT_LIMITS = {
  authorName: 80,
  authorEmail: 254,
  body: 2000,
} as const satisfies Record<VisibleCommentField, number>

/** The shortest accepted comment, in characters after trimming. */
export const COMMENT_BODY_MIN = 2
