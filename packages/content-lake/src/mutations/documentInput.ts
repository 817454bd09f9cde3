import { badRequest } from '../errors'
import { isValidDocumentId, randomId } from '../ids'
import type { JsonObject } from '../json'

/**
 * Checks a document given to create/createOrReplace/createIfNotExists and settles its id: a missing id is
 * generated, and an id ending in "." (such as "drafts.") gets a random suffix, as in Sanity.
 */
export function prepareDocument(
  doc: JsonObject,
  index: number,
  requireId: boolean,
): { id: string; content: JsonObject } {
  const given = doc._id
  if (given !== undefined && typeof given !== 'string')
    throw badRequest(`Mutation at index ${index}: "_id" must be a string`)
  if (given === undefined && requireId)
    throw badRequest(`Mutation at index ${index}: the document needs an "_id"`)
  const id =
    given === undefined ? randomId() : given.endsWith('.') ? `${given}${randomId()}` : given
  if (!isValidDocumentId(id))
    throw badRequest(`Mutation at index ${index}: document id "${id}" is not valid`)
  if (typeof doc._type !== 'string' || doc._type === '') {
    throw badRequest(
      `Mutation at index ${index}: document "${id}" needs a non-empty string "_type"`,
    )
  }
  return { id, content: { ...doc, _id: id } }
}
