/* global module */
// @swc/jest compiles the TypeScript sources and tests. @sanity/client's CJS build loads its EventSource
// polyfill with a dynamic import(), which Jest's CJS runtime cannot run without --experimental-vm-modules,
// so it is transformed (import() becomes require()) instead of being ignored like the rest of node_modules;
// @sanity/image-url (and its signed-urls helper) and @sanity/preview-url-secret ship only ESM, so they
// are transformed too.
const swcTs = [
  '@swc/jest',
  { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } },
]
const swcJs = [
  '@swc/jest',
  { jsc: { parser: { syntax: 'ecmascript' }, target: 'es2022' }, module: { type: 'commonjs' } },
]

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': swcTs, '^.+\\.c?js$': swcJs },
  transformIgnorePatterns: [
    '/node_modules/(?!@sanity/(client|image-url|signed-urls|preview-url-secret)/)',
  ],
  testTimeout: 60000,
  maxWorkers: 2,
}
