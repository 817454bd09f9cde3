import { badRequest } from '../errors'
import { isValidDocumentId, isValidReleaseId } from '../ids'
import { isJsonObject, type JsonObject } from '../json'
import { parsePatchOps } from '../mutations/parse'
import type { ReleaseAction, VersionAction } from './types'

const RELEASE = 'sanity.action.release.'
const VERSION = 'sanity.action.document.version.'

/** Validates a release or version action; undefined when `type` is neither. */
export function parseReleaseOrVersion(
  item: JsonObject,
  type: string,
  index: number,
): ReleaseAction | VersionAction | undefined {
  if (type.startsWith(RELEASE)) return parseRelease(item, type.slice(RELEASE.length), index)
  if (type.startsWith(VERSION)) return parseVersion(item, type.slice(VERSION.length), index)
  return undefined
}

function parseRelease(item: JsonObject, verb: string, index: number): ReleaseAction {
  const releaseId = releaseIdField(item, index)
  switch (verb) {
    case 'create': {
      const metadata = item.metadata ?? {}
      if (!isJsonObject(metadata))
        throw badRequest(`Action at index ${index}: "metadata" must be an object`)
      return { actionType: `${RELEASE}create`, releaseId, metadata }
    }
    case 'edit':
      return {
        actionType: `${RELEASE}edit`,
        releaseId,
        patch: parsePatchOps(objectField(item, 'patch', index), index),
      }
    case 'schedule':
      return { actionType: `${RELEASE}schedule`, releaseId, publishAt: timeField(item, index) }
    case 'import':
      return {
        actionType: `${RELEASE}import`,
        releaseId,
        // @sanity/client names the release document `attributes` or `document`.
        attributes: objectField(
          item,
          item.attributes === undefined ? 'document' : 'attributes',
          index,
        ),
        ifExists: ifExistsField(item, index),
      }
    case 'publish':
    case 'unschedule':
    case 'archive':
    case 'unarchive':
    case 'delete':
      return { actionType: `${RELEASE}${verb}`, releaseId }
    default:
      // Newer verbs are not implemented; say so rather than pretend.
      throw badRequest(`Action type "${RELEASE}${verb}" is not supported by the local Content Lake`)
  }
}

function parseVersion(item: JsonObject, verb: string, index: number): VersionAction {
  const id = (key: string): string => idField(item, key, index)
  switch (verb) {
    case 'create':
      return {
        actionType: `${VERSION}create`,
        publishedId: id('publishedId'),
        source: source(item, index),
      }
    case 'discard':
      return { actionType: `${VERSION}discard`, versionId: id('versionId') }
    case 'replace':
      return { actionType: `${VERSION}replace`, document: objectField(item, 'document', index) }
    case 'unpublish':
      return {
        actionType: `${VERSION}unpublish`,
        versionId: id('versionId'),
        publishedId: id('publishedId'),
      }
    default:
      throw badRequest(`Unknown action type "${VERSION}${verb}" at index ${index}`)
  }
}

function source(
  item: JsonObject,
  index: number,
): { document: JsonObject } | { baseId: string; versionId: string; ifBaseRevisionId?: string } {
  if (item.document !== undefined) return { document: objectField(item, 'document', index) }
  const ifBaseRevisionId = item.ifBaseRevisionId
  if (ifBaseRevisionId !== undefined && typeof ifBaseRevisionId !== 'string')
    throw badRequest(`Action at index ${index}: "ifBaseRevisionId" must be a string`)
  return {
    baseId: idField(item, 'baseId', index),
    versionId: idField(item, 'versionId', index),
    ifBaseRevisionId,
  }
}

function releaseIdField(item: JsonObject, index: number): string {
  const value = item.releaseId
  if (typeof value !== 'string' || !isValidReleaseId(value))
    throw badRequest(`Action at index ${index}: "releaseId" must be a release id ([A-Za-z0-9_-])`)
  return value
}

function timeField(item: JsonObject, index: number): string {
  const value = item.publishAt
  if (typeof value !== 'string' || Number.isNaN(Date.parse(value)))
    throw badRequest(`Action at index ${index}: "publishAt" must be an ISO 8601 date-time`)
  return new Date(value).toISOString()
}

function idField(item: JsonObject, key: string, index: number): string {
  const value = item[key]
  if (typeof value !== 'string' || !isValidDocumentId(value))
    throw badRequest(`Action at index ${index}: "${key}" must be a document id`)
  return value
}

function objectField(item: JsonObject, key: string, index: number): JsonObject {
  const value = item[key]
  if (!isJsonObject(value)) throw badRequest(`Action at index ${index}: "${key}" must be an object`)
  return value
}

function ifExistsField(item: JsonObject, index: number): 'fail' | 'ignore' | 'replace' {
  const value = item.ifExists
  if (value === 'fail' || value === 'ignore' || value === 'replace') return value
  throw badRequest(`Action at index ${index}: "ifExists" must be "fail", "ignore" or "replace"`)
}
