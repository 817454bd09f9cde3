import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, rmdirSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { childEnv, LAKE_CLI, LAKE_DIR, ROOT, STUDIO_DIR, STUDIO_DIST, WEB_DIR } from './paths'

const SKIP = new Set([
  'node_modules',
  '.next',
  '.next-bench',
  '.sanity',
  '.turbo',
  'test-results',
  'coverage',
  'dist',
  '__tests__',
  'test',
  'next-env.d.ts',
])

/** The newest modification time of the files under `dir` (tests and build output ignored). */
function newestSource(dir: string): number {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name) || /\.(test\.tsx?|md|tsbuildinfo)$/.test(entry.name)) continue
    const path = join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs)
  }
  return newest
}

const CONTENT_SOURCES = join(ROOT, 'packages/content/src')

export function isFresh(output: string, sources: string[]): boolean {
  if (!existsSync(output)) return false
  const built = statSync(output).mtimeMs
  return sources.every((dir) => newestSource(dir) <= built)
}

/** Holds a cross-process lock (a directory) while `work` runs, so parallel runs build once. */
export function withLock(name: string, work: () => void): void {
  const lock = join(tmpdir(), `${name}.lock`)
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
 * Builds the storefront (`next build`) and the lake's CLI when their sources changed since the
 * last build; otherwise does nothing. The storefront build reads no content, so one build serves
 * every test lake. `bench` builds the benchmark's variant instead (with its control pages under
 * /bench, into .next-bench): start it with BENCH_BUILD_ENV too.
 */
export function ensureBuilt({ bench = false }: { bench?: boolean } = {}): void {
  withLock('storefront-tests-build', () => {
    const env = childEnv(bench ? BENCH_BUILD_ENV : {})
    if (!isFresh(LAKE_CLI, [join(LAKE_DIR, 'src')])) {
      execFileSync('npm', ['run', 'build', '-w', '@repo/content-lake'], {
        cwd: ROOT,
        env,
        stdio: 'inherit',
      })
    }
    const buildId = join(WEB_DIR, bench ? '.next-bench' : '.next', 'BUILD_ID')
    if (!isFresh(buildId, [WEB_DIR, CONTENT_SOURCES])) {
      // The package's build: it compiles the cache handlers (dist/) before `next build`.
      execFileSync('npm', ['run', 'build', '-w', '@repo/web'], { cwd: ROOT, env, stdio: 'inherit' })
    }
  })
}

/** The storefront's environment for the benchmark's build and its `next start` (next.config.ts). */
export const BENCH_BUILD_ENV = { STOREFRONT_BENCH: '1' }

/**
 * Builds the Studio (`sanity build`, about 45 s) into `studio/dist` when it is missing or older
 * than the Studio's sources or the content package it imports; otherwise does nothing.
 */
export function ensureStudioBuilt(): void {
  const sources = [STUDIO_DIR, CONTENT_SOURCES]
  const builtMarker = join(STUDIO_DIST, 'index.html')
  if (isFresh(builtMarker, sources)) return
  withLock('studio-tests-build', () => {
    if (isFresh(builtMarker, sources)) return
    execFileSync('npm', ['run', 'build', '-w', '@repo/studio'], {
      cwd: ROOT,
      env: childEnv({}),
      stdio: 'inherit',
    })
  })
}
