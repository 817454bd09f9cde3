import 'server-only'
import type { ContentError, Result } from '@repo/content/api'
import { cacheLife } from 'next/cache'
import { CONTENT_LIFETIME, RETRY_LIFETIME, type CacheLifetime } from './lifetimes'

/** The error a page gets when the lake could not answer: the error page shows, nothing is cached. */
class ContentUnavailableError extends Error {
  constructor(query: string) {
    super(`Content Lake unavailable (${query})`)
    this.name = 'ContentUnavailableError'
  }
}

/** A read whose only possible failure is an invalid document: an unreachable lake has thrown. */
export type Kept<T> =
  { ok: true; data: T } | { ok: false; error: Extract<ContentError, { kind: 'invalid' }> }

/**
 * For what a page cannot do without (the article, a list): call inside a `'use cache'` read.
 * Data, or a document found invalid (the page's 404), lives until its tags expire or `lifetime`
 * ends; when the lake could not answer it throws, so nothing is cached and the page shows its
 * error boundary.
 */
export function keep<T>(result: Result<T>, lifetime: CacheLifetime = CONTENT_LIFETIME): Kept<T> {
  if (result.ok) {
    cacheLife(lifetime)
    return result
  }
  const { error } = result
  if (error.kind === 'unavailable') throw new ContentUnavailableError(error.query)
  cacheLife(lifetime)
  return { ok: false, error }
}

/**
 * For the parts around a page (banner, header, related articles), rendered inside `<Suspense>`:
 * when the lake could not answer they show nothing for now and are retried within seconds.
 */
export function keepOrRetry<T>(result: Result<T>): Result<T> {
  cacheLife(!result.ok && result.error.kind === 'unavailable' ? RETRY_LIFETIME : CONTENT_LIFETIME)
  return result
}
