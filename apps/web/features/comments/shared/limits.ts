/**
 * The input limits of `@repo/content/comment-input`, as `maxLength` attributes for the form's
 * fields (limits.test.ts checks that they match the schema).
 */
export const COMMENT_LIMITS = { authorName: 80, authorEmail: 254, body: 2000 } as const
