import type { Perspective } from '../dataset/state'
import { badRequest } from '../http/errors'
import { isAtLeastVersion } from '../http/version'

/** The API version from which queries read the published perspective by default (raw before). */
export const PUBLISHED_BY_DEFAULT_FROM = '2025-02-19'

/**
 * The perspective a query asks for: the `perspective` parameter (a name or a comma list, where release
 * names are ignored because this lake does not do releases), or the API version's default. What the
 * caller may read of it is the read rule's business (see viewFor).
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
  if (names.length === 1)
    throw badRequest(`Unknown perspective "${param}": use raw, published, drafts or a release list`)
  return names.includes('drafts') ? 'drafts' : 'published'
}
