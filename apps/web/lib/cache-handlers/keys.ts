import { readFileSync } from 'node:fs'
import { join } from 'node:path'

/** Where tag invalidations live: shared by every build, since they name content, not code. */
export const TAGS_PREFIX = 'storefront:'

/**
 * Where one kind of entry of this build lives. A cached page refers to its build's scripts, so
 * instances of another build (a deploy in progress) must never serve it.
 */
export function entryPrefix(kind: 'use-cache' | 'page'): string {
  // This file runs compiled in apps/web/dist/cache-handlers; the build is apps/web/.next.
  const buildId = readFileSync(join(__dirname, '../../.next/BUILD_ID'), 'utf8').trim()
  return `storefront:${buildId}:${kind}:`
}
