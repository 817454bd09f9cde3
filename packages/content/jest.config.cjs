/* global module */
// @swc/jest compiles the TypeScript sources and tests. @sanity/client's CJS build loads its
// EventSource polyfill with a dynamic import(), which Jest's CJS runtime cannot run without
// --experimental-vm-modules, so it is transformed too instead of being ignored like the rest of
// node_modules. The type-level tests run through `tsc` (see the test script), not through Jest.
const swc = (syntax) => [
  '@swc/jest',
  { jsc: { parser: { syntax }, target: 'es2022' }, module: { type: 'commonjs' } },
]

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': swc('typescript'), '^.+\\.c?js$': swc('ecmascript') },
  transformIgnorePatterns: ['/node_modules/(?!@sanity/client/)'],
  testTimeout: 30000,
  maxWorkers: 2,
}
