#!/usr/bin/env node
// `npm test` for the content contract, in the order that gives the clearest failure first
// (TypeGen's staleness check runs with the Studio's tests, which own TypeGen):
// 1. tsc: the type-level tests (zod schemas agree with TypeGen types) and everything else;
// 2. Jest: unit, contract and integration tests. The integration test talks to the local lake
//    over verified TLS, so Jest runs under the lake's wrapper, which makes its test certificate
//    and sets NODE_EXTRA_CA_CERTS. Counts go to test-results/jest.json for the root test runner.
//    Extra arguments are passed to Jest.
import { spawnSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { resolve } from 'node:path'

const cwd = resolve(import.meta.dirname, '..')
const jest = ['npx', '--no-install', 'jest', '--json', '--outputFile=test-results/jest.json']
const steps = [
  ['npx', '--no-install', 'tsc', '--noEmit', '-p', 'tsconfig.json'],
  ['node', '../content-lake/scripts/with-test-cert.mjs', ...jest, ...process.argv.slice(2)],
]

mkdirSync(resolve(cwd, 'test-results'), { recursive: true })
for (const [command, ...args] of steps) {
  const run = spawnSync(command, args, { cwd, stdio: 'inherit' })
  if (run.status !== 0) {
    console.error(`\nFailed: ${[command, ...args].join(' ')}`)
    process.exit(run.status ?? 1)
  }
}
