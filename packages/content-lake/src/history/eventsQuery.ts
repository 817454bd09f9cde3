import { badRequest } from '../errors'
import type { PageRange } from './eventRows'

/** The page size the Studio asks for is 100 (10 on reload); more than this is refused, not clamped. */
export const MAX_EVENTS_LIMIT = 1000
const DEFAULT_LIMIT = 100
const CURSOR = /^[1-9][0-9]{0,15}$/

/**
 * The page an events request asked for: `limit` (1 to 1000, default 100) events' worth of logged
 * changes before `nextCursor`, the opaque cursor a previous page answered (absent or empty: newest).
 */
export function eventsPage(search: URLSearchParams): PageRange {
  return { limit: limitOf(search.get('limit')), before: cursorOf(search.get('nextCursor')) }
}

function limitOf(value: string | null): number {
  if (value === null || value === '') return DEFAULT_LIMIT
  const n = Number(value)
  if (!/^[0-9]+$/.test(value) || !Number.isSafeInteger(n) || n < 1 || n > MAX_EVENTS_LIMIT)
    throw badRequest(`"limit" must be an integer from 1 to ${MAX_EVENTS_LIMIT}, got "${value}"`)
  return n
}

function cursorOf(value: string | null): number {
  if (value === null || value === '') return Number.MAX_SAFE_INTEGER
  if (!CURSOR.test(value))
    throw badRequest(`"nextCursor" must be a cursor from a previous page, got "${value}"`)
  return Number(value)
}
