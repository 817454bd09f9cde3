import type { Role } from '../http/context'
import { isRootPathId } from '../ids'
import type { Perspective, ViewName } from './state'

export type { ViewName }

/**
 * The one read rule of the lake, as Sanity's default roles have it: callers without a token read root-path
 * documents only (ids without a dot: no `drafts.`, `versions.` or other sub-path ids such as
 * `comments.<id>`); viewer and editor tokens read every document. Everything that reads documents for a
 * caller (queries, joins, `/data/doc`, listen events and listen filters) goes through the caller's view,
 * which holds only what this rule allows.
 */
export function canRead(role: Role, id: string): boolean {
  return role !== 'anonymous' || isRootPathId(id)
}

/**
 * The view a caller reads through. Without a token every perspective is the public view: published and
 * drafts perspectives differ only by documents an anonymous caller may not read.
 */
export function viewFor(role: Role, perspective: Perspective): ViewName {
  return role === 'anonymous' ? 'public' : perspective
}
