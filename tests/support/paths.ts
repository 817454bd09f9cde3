import { createRequire } from 'node:module'
import { join, resolve } from 'node:path'

/** Where things are in the monorepo, for tests that start real processes. */
export const ROOT = resolve(__dirname, '../..')
export const WEB_DIR = join(ROOT, 'apps/web')
export const LAKE_DIR = join(ROOT, 'packages/content-lake')
export const LAKE_CLI = join(LAKE_DIR, 'dist/cli.js')
export const STUDIO_DIR = join(ROOT, 'studio')
/** The built Studio (`sanity build dist`), which a test lake can serve. */
export const STUDIO_DIST = join(STUDIO_DIR, 'dist')
export const SEED_FILE = join(ROOT, 'packages/content/seed/seed.ndjson')
export const SOURCE_TEXT = join(
  ROOT,
  'packages/content/seed/source/lower-back-pain-after-exercise.txt',
)
export const RESULTS_DIR = join(ROOT, 'tests/test-results')
/** The `next` CLI the storefront uses. */
export const NEXT_BIN = createRequire(join(WEB_DIR, 'package.json')).resolve('next/dist/bin/next')

/** Child processes run with telemetry off and nothing inherited that could point them elsewhere. */
export function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const name of ['PATH', 'HOME', 'TMPDIR', 'LANG', 'TZ']) {
    const value = process.env[name]
    if (value !== undefined) env[name] = value
  }
  return {
    ...env,
    NEXT_TELEMETRY_DISABLED: '1',
    SANITY_TELEMETRY_DISABLED: '1',
    TURBO_TELEMETRY_DISABLED: '1',
    ...extra,
  }
}
