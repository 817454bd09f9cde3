#!/usr/bin/env node
// Runs every workspace's tests through turbo and ends with one plain line that CI reads:
// "N passed, N failed". Each Jest run writes its counts to <workspace>/test-results/jest.json;
// a workspace whose test command failed without reporting a failed test (a type check, a stale
// TypeGen check, a crash) counts as one failed test so that no failure is ever summed away.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { BROWSER_VARIABLE, findBrowser } from './lib/browser.mjs'

const root = new URL('..', import.meta.url).pathname
const workspaces = ['packages/content', 'packages/content-lake', 'studio', 'apps/web', 'tests']
const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: '1',
  TURBO_TELEMETRY_DISABLED: '1',
  SANITY_TELEMETRY_DISABLED: '1',
}

// The browser suites need a Chromium: without one, say so once instead of failing each test.
const browser = findBrowser(env)
if (browser.problem) {
  console.error(`npm test needs a browser for its browser tests.\n${browser.problem}`)
  console.log('0 passed, 1 failed')
  process.exit(1)
}
env[BROWSER_VARIABLE] = browser.path

for (const ws of workspaces) {
  // Jest's --outputFile does not create its folder.
  mkdirSync(join(root, ws, 'test-results'), { recursive: true })
  rmSync(join(root, ws, 'test-results', 'jest.json'), { force: true })
}

const turbo = spawnSync(
  'npx',
  [
    'turbo',
    'run',
    'test',
    '--concurrency=1',
    '--continue',
    '--summarize=false',
    ...process.argv.slice(2),
  ],
  { cwd: root, env, stdio: 'inherit' },
)

let passed = 0
let failed = 0
const unreported = []
for (const ws of workspaces) {
  const file = join(root, ws, 'test-results', 'jest.json')
  if (!existsSync(file)) {
    unreported.push(ws)
    continue
  }
  const result = JSON.parse(readFileSync(file, 'utf8'))
  passed += result.numPassedTests
  failed += result.numFailedTests
  // A suite that failed to load (syntax error, missing module) has no failed test of its own.
  failed += result.testResults.filter(
    (suite) => suite.status === 'failed' && suite.assertionResults.length === 0,
  ).length
}
if (turbo.status !== 0 && failed === 0) {
  failed += Math.max(1, unreported.length)
  console.error(
    `test command failed before any test could report (${unreported.join(', ') || 'turbo'})`,
  )
} else if (unreported.length > 0) {
  console.error(`no test results from: ${unreported.join(', ')}`)
  failed += unreported.length
}
console.log(`${passed} passed, ${failed} failed`)
process.exit(turbo.status === 0 && failed === 0 ? 0 : 1)
