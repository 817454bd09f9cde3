import type { ContentError } from '@repo/content/api'
import { notFound } from 'next/navigation'
import { ContentUnavailableError } from '@/lib/content/cache'

/**
 * A failed read as a page outcome: an invalid document is a 404 (the content client has already
 * logged its `_id` and failing path); an unreachable lake is the error page, and nothing is cached.
 */
export function failPage(error: ContentError): never {
  switch (error.kind) {
    case 'invalid':
      return notFound()
    case 'unavailable':
      throw new ContentUnavailableError(error.query)
    default: {
      const exhaustive: never = error
      throw new Error(`Unhandled content error ${JSON.stringify(exhaustive)}`)
    }
  }
}
