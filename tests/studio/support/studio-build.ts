import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, rmdirSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { childEnv, ROOT } from '../../support/paths'

export const STUDIO_DIR = join(ROOT, 'studio')
export const STUDIO_DIST = join(STUDIO_DIR, 'dist')
const BUILT_MARKER = join(STUDIO_DIST, 'index.html')
const NOT_SOURCES = new Set([
  'node_modules',
  'dist',
  '.sanity',
  '.turbo',
  'test-results',
  'coverage',
])

/** The newest modification time of the Studio's sources (tests and build output ignored). */
function newestSource(dir: string): number {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (NOT_SOURCES.has(entry.name) || /\.test\.tsx?$|\.md$|\.tsbuildinfo$/.test(entry.name))
      continue
    const path = join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs)
  }
  return newest
}

function isBuilt(): boolean {
  return existsSync(BUILT_MARKER) && newestSource(STUDIO_DIR) <= statSync(BUILT_MARKER).mtimeMs
}

/** Runs `work` holding a cross-process lock, so concurrent test runs build the Studio once. */
function withLock(work: () => void): void {
  const lock = join(tmpdir(), 'studio-tests-build.lock')
  const deadline = Date.now() + 10 * 60_000
  for (;;) {
    try {
      mkdirSync(lock)
      break
    } catch {
      if (Date.now() > deadline) throw new Error(`Timed out waiting for ${lock}`)
      execFileSync('sleep', ['1'])
    }
  }
  try {
    work()
  } finally {
    rmdirSync(lock)
  }
}

/**
 * Builds the Studio (`sanity build`, about 45 s) when `studio/dist` is missing or older than the
 * Studio's sources; otherwise does nothing. Tests call it once per file, never per test.
 */
export function ensureStudioBuilt(): void {
  if (isBuilt()) return
  withLock(() => {
    if (isBuilt()) return
    execFileSync('npm', ['run', 'build', '-w', '@repo/studio'], {
      cwd: ROOT,
      env: childEnv({}),
      stdio: 'inherit',
    })
  })
}
