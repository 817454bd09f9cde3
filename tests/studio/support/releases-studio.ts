import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { isFresh, withLock } from '../../support/build'
import { childEnv, ROOT, STUDIO_DIR } from '../../support/paths'

/**
 * The project's Studio with Content Releases switched on (`releases-studio/sanity.config.ts`). The
 * project's own config turns releases off in local mode, so the releases tests build this one.
 */
export const RELEASES_STUDIO_DIR = join(__dirname, '../releases-studio')
export const RELEASES_STUDIO_DIST = join(RELEASES_STUDIO_DIR, 'dist')

/** Builds it (`sanity build`, about a minute; several on a busy machine) unless it is up to date. */
export function ensureReleasesStudioBuilt(): void {
  const sources = [STUDIO_DIR, join(ROOT, 'packages/content/src'), RELEASES_STUDIO_DIR]
  const builtMarker = join(RELEASES_STUDIO_DIST, 'index.html')
  if (isFresh(builtMarker, sources)) return
  withLock('releases-studio-tests-build', () => {
    if (isFresh(builtMarker, sources)) return
    execFileSync(join(ROOT, 'node_modules/.bin/sanity'), ['build', 'dist', '--yes'], {
      cwd: RELEASES_STUDIO_DIR,
      env: childEnv({}),
      stdio: 'inherit',
    })
  })
}
