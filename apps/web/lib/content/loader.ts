import 'server-only'
import { connection } from 'next/server'
import { cache } from 'react'
import { env } from '@/env'
import { withPreviewPerspective } from '@/lib/preview/perspective-scope'

/**
 * Turns a `'use cache'` read into a loader: deduplicated within a request (React `cache`, so a
 * page and its `generateMetadata` share one read) and never run by `next build`. During the
 * build it waits for a request instead, so nothing content-dependent is prerendered: the build
 * needs no Content Lake and never bakes one lake's content into the output. In draft mode the
 * read sees the perspective the preview asked for (see perspective-scope).
 */
export function loader<A extends unknown[], R>(
  read: (...args: A) => Promise<R>,
): (...args: A) => Promise<R> {
  return cache(async (...args: A): Promise<R> => {
    if (env().isBuild) await connection()
    return withPreviewPerspective(() => read(...args))
  })
}
