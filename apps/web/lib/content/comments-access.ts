import 'server-only'
import type { PublicComment } from '@repo/content/view-models'
import { env } from '@/env'
import type { Kept } from './cache'

/** Logged once at start when there is no read token (lib/startup.ts). */
export const COMMENTS_UNREADABLE =
  '[comments] SANITY_API_READ_TOKEN is not set: comments are private documents (comments.<id>) ' +
  'that only a token can read, so articles render without them. Set a Viewer token to show them.'

const NO_COMMENTS: Kept<PublicComment[]> = { ok: true, data: [] }

/**
 * Wraps the approved-comments read: without a read token the lake would answer with nothing
 * anyway (anonymous readers never see `comments.<id>`), so the request is not made at all.
 */
export function approvedCommentsOrNone<A extends unknown[]>(
  read: (...args: A) => Promise<Kept<PublicComment[]>>,
  canRead: () => boolean = () => env().readToken !== undefined,
): (...args: A) => Promise<Kept<PublicComment[]>> {
  return (...args) => (canRead() ? read(...args) : Promise.resolve(NO_COMMENTS))
}
