import type { ContentError } from '../api'

type Unavailable = Extract<ContentError, { kind: 'unavailable' }>

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null

/**
 * Next.js signals control flow (dynamic rendering, redirects, not-found, postponing) by throwing
 * errors with a `digest`; they must reach Next untouched, never become "content unavailable".
 */
export function isFrameworkSignal(error: unknown): boolean {
  return isRecord(error) && typeof error.digest === 'string'
}

/**
 * A network or HTTP failure as a ContentError: the status and one line of message. The Content
 * Lake's own description is preferred; @sanity/client's message may add a multi-line code frame.
 */
export function toUnavailable(error: unknown, query: string): Unavailable {
  const status = isRecord(error) && typeof error.statusCode === 'number' ? error.statusCode : null
  const details = isRecord(error) && isRecord(error.details) ? error.details.description : undefined
  const text =
    typeof details === 'string' ? details : error instanceof Error ? error.message : String(error)
  const line = text
    .split('\n')
    .map((part) => part.trim())
    .find((part) => part !== '')
  return {
    kind: 'unavailable',
    status,
    message: (line ?? 'Content Lake request failed').slice(0, 300),
    query,
  }
}
