import { badRequest } from '../errors'
import { isValidDocumentId } from '../ids'
import { isJsonObject, type JsonObject } from '../json'
import { parsePatchOps } from '../mutations/parse'
import { parseReleaseOrVersion } from './parseRelease'
import type { Action } from './types'

const PREFIX = 'sanity.action.document.'

/** Validates the `actions` array of an actions request. */
export function parseActions(value: unknown): Action[] {
  const list = Array.isArray(value) ? value : isJsonObject(value) ? [value] : undefined
  if (!list || list.length === 0) throw badRequest('"actions" must be a non-empty array')
  return list.map((item, index) => parseAction(item, index))
}

function parseAction(item: unknown, index: number): Action {
  if (!isJsonObject(item)) throw badRequest(`Action at index ${index} must be an object`)
  const type = item.actionType
  if (typeof type !== 'string') throw badRequest(`Action at index ${index} needs an "actionType"`)
  const id = (key: string): string => idField(item, key, index)
  switch (type) {
    case `${PREFIX}create`:
      return {
        actionType: type,
        publishedId: id('publishedId'),
        attributes: objectField(item, 'attributes', index),
        ifExists: item.ifExists === 'ignore' ? 'ignore' : 'fail',
      }
    case `${PREFIX}edit`:
      return {
        actionType: type,
        draftId: id('draftId'),
        publishedId: id('publishedId'),
        patch: parsePatchOps(objectField(item, 'patch', index), index),
      }
    case `${PREFIX}publish`:
      return {
        actionType: type,
        draftId: id('draftId'),
        publishedId: id('publishedId'),
        ifDraftRevisionId: revField(item, 'ifDraftRevisionId', index),
        ifPublishedRevisionId: revField(item, 'ifPublishedRevisionId', index),
      }
    case `${PREFIX}unpublish`:
      return { actionType: type, draftId: id('draftId'), publishedId: id('publishedId') }
    case `${PREFIX}discard`:
      return { actionType: type, draftId: id('draftId') }
    case `${PREFIX}delete`:
      return {
        actionType: type,
        publishedId: id('publishedId'),
        includeDrafts: idList(item, 'includeDrafts', index),
      }
    case `${PREFIX}replaceDraft`:
      return {
        actionType: type,
        publishedId: id('publishedId'),
        attributes: objectField(item, 'attributes', index),
      }
    default: {
      const action = parseReleaseOrVersion(item, type, index)
      if (!action) throw badRequest(`Unknown action type "${type}" at index ${index}`)
      return action
    }
  }
}

function idField(item: JsonObject, key: string, index: number): string {
  const value = item[key]
  if (typeof value !== 'string' || !isValidDocumentId(value))
    throw badRequest(`Action at index ${index}: "${key}" must be a document id`)
  return value
}

function revField(item: JsonObject, key: string, index: number): string | undefined {
  const value = item[key]
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'string')
    throw badRequest(`Action at index ${index}: "${key}" must be a string`)
  return value
}

function objectField(item: JsonObject, key: string, index: number): JsonObject {
  const value = item[key]
  if (!isJsonObject(value)) throw badRequest(`Action at index ${index}: "${key}" must be an object`)
  return value
}

function idList(item: JsonObject, key: string, index: number): string[] {
  const value = item[key] ?? []
  if (!Array.isArray(value) || !value.every((v): v is string => typeof v === 'string')) {
    throw badRequest(`Action at index ${index}: "${key}" must be an array of ids`)
  }
  return value
}
