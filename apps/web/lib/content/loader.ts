import 'server-only'
import { connection } from 'next/server'
import { cache } from 'react'
import { env } from '@/env'
import { requestedPreviewPerspective } from '@/lib/preview/perspective-request'
import type { ReadPerspective } from './client'

/**
 * Turns a `'use cache'` read into a loader: deduplicated within a request (React `cache`, so a
 * page and its `generateMetadata` share one read) and never run by `next build`. During the
 * build it waits for a request instead, so nothing content-dependent is prerendered: the build
 * needs no Content Lake and never bakes one lake's content into the output.
 *
 * The read gets the perspective first: `published` for shoppers, the preview's in draft mode. It
 * is an argument (part of the cache key) because a `'use cache'` function may not read cookies,
 * and Next runs it in a clean async context, so nothing request-scoped reaches it otherwise.
 */
export function loader<A extends unknown[], R>(
  read: (perspective: ReadPerspective, ...args: A) => Promise<R>,
): (...args: A) => Promise<R> {
  return cache(async (...args: A): Promise<R> => {
    if (env().isBuild) await connection()
    return read((await requestedPreviewPerspective()) ?? 'published', ...args)
  })
}
