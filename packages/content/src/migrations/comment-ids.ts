/**
 * Comment ids: root-path (`comment-<key>`, `drafts.comment-<key>`) and private sub-path
 * (`comments.<key>`, `drafts.comments.<key>`). Sanity shows anonymous readers of a public dataset
 * every id without a dot, so a comment (its email, and every pending or spam comment) is only
 * private on a sub-path id.
 */

/** Every private comment id starts with this (then `<key>`, no further dots). */
export const PRIVATE_COMMENT_PREFIX = 'comments.'

const LEGACY_PREFIX = 'comment-'
const DRAFTS_PREFIX = 'drafts.'

/**
 * The private id a root-path comment (or its draft) moves to: `comment-<key>` → `comments.<key>`,
 * `drafts.comment-<key>` → `drafts.comments.<key>`. Other root-path ids (a comment made in the
 * Studio gets a bare uuid) keep their whole id as the key. The storefront's `commentIdFor` gives
 * the same id for the same idempotency key, so a retry across the deploy still finds its comment.
 */
export function privateCommentId(legacyId: string): string {
  const isDraft = legacyId.startsWith(DRAFTS_PREFIX)
  const publishedId = isDraft ? legacyId.slice(DRAFTS_PREFIX.length) : legacyId
  const key =
    publishedId.startsWith(LEGACY_PREFIX) && publishedId.length > LEGACY_PREFIX.length
      ? publishedId.slice(LEGACY_PREFIX.length)
      : publishedId
  return `${isDraft ? DRAFTS_PREFIX : ''}${PRIVATE_COMMENT_PREFIX}${key}`
}

/**
 * GROQ filter of the comments still on a root-path id, and their drafts: `path("*")` matches ids
 * without a dot, so migrated comments, release versions and other sub-paths never match.
 */
export const LEGACY_COMMENT_FILTER = /* groq */ `_type == "comment" && (_id in path("*") || _id in path("drafts.*"))`
