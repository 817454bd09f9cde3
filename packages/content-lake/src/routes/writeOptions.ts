import { badRequest } from '../errors'
import { randomId } from '../ids'
import type { JsonObject } from '../json'

const TRANSACTION_ID = /^[A-Za-z0-9._-]{1,128}$/
const VISIBILITIES = ['sync', 'async', 'deferred']

/** The transaction id from the body or query string (validated), or a new random one. */
export function transactionIdOf(body: JsonObject, search: URLSearchParams): string {
  const given = body.transactionId ?? search.get('transactionId') ?? undefined
  if (given === undefined || given === null) return randomId()
  if (typeof given !== 'string' || !TRANSACTION_ID.test(given)) {
    throw badRequest(
      '"transactionId" must be 1-128 characters of letters, digits, ".", "_" and "-"',
    )
  }
  return given
}

/** Checks the `visibility` parameter (every value behaves like `sync` here: commits are visible at once). */
export function checkVisibility(search: URLSearchParams): void {
  const visibility = search.get('visibility')
  if (visibility !== null && !VISIBILITIES.includes(visibility)) {
    throw badRequest(`Invalid visibility "${visibility}": use sync, async or deferred`)
  }
}
