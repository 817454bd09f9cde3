import 'server-only'
import type { Result } from '@repo/content/api'
import { cacheLife } from 'next/cache'
import { CONTENT_LIFETIME, RETRY_LIFETIME } from './lifetimes'

/** The error a page gets when the lake could not answer: the error page shows, nothing is cached. */
export class ContentUnavailableError extends Error {
  constructor(query: string) {
    super(`Content Lake unavailable (${query})`)
    this.name = 'ContentUnavailableError'
  }
}

/**
 * For what a page cannot do without (the article, a list): call inside a `'use cache'` read.
 * Data, or a document found invalid, lives until its tags expire; when the lake could not answer
 * it throws, so nothing is cached and the page shows its error boundary.
 */
export function keep<T>(result: Result<T>): Result<T> {
  if (!result.ok && result.error.kind === 'unavailable')
    throw new ContentUnavailableError(result.error.query)
  cacheLife(CONTENT_LIFETIME)
  return result
}

/**
 * For the parts around a page (banner, header, related articles), rendered inside `<Suspense>`:
 * when the lake could not answer they show nothing for now and are retried within seconds.
 */
export function keepOrRetry<T>(result: Result<T>): Result<T> {
  cacheLife(!result.ok && result.error.kind === 'unavailable' ? RETRY_LIFETIME : CONTENT_LIFETIME)
  return result
}
