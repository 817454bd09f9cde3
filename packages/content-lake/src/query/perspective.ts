import { stackName } from '../dataset/stack'
import type { Perspective } from '../dataset/state'
import { badRequest } from '../errors'
import { isAtLeastVersion } from '../http/version'

/** The API version from which queries read the published perspective by default (raw before). */
export const PUBLISHED_BY_DEFAULT_FROM = '2025-02-19'

/**
 * The perspective a query asks for: the `perspective` parameter (a name, or a release stack as a comma
 * list of release ids, highest priority first, optionally with `drafts`), or the API version's default.
 * What the caller may read of it is the read rule's business (see viewFor).
 */
export function resolvePerspective(param: string | null, apiVersion: string): Perspective {
  return param === null || param === '' ? defaultPerspective(apiVersion) : parsePerspective(param)
}

function defaultPerspective(apiVersion: string): Perspective {
  return isAtLeastVersion(apiVersion, PUBLISHED_BY_DEFAULT_FROM) ? 'published' : 'raw'
}

function parsePerspective(param: string): Perspective {
  const names = param.split(',').map((name) => name.trim())
  if (names.length === 1) {
    const [name] = names
    if (name === 'raw' || name === 'published' || name === 'drafts') return name
    if (name === 'previewDrafts') return 'drafts'
  }
  if (names.includes('raw'))
    throw badRequest('The raw perspective can not be combined with other perspectives')
  if (names.some((name) => !/^[A-Za-z0-9_-]+$/.test(name)))
    throw badRequest(`Invalid perspective "${param}"`)
  // `published` is the bottom of every stack anyway, so listing it changes nothing.
  const releases = names.filter((name) => !['drafts', 'previewDrafts', 'published'].includes(name))
  const drafts = names.includes('drafts') || names.includes('previewDrafts')
  if (releases.length === 0) return drafts ? 'drafts' : 'published'
  return stackName({ releases, drafts })
}
