/* global module, require */
// @sanity/client's CJS build loads its EventSource polyfill with a dynamic import(), which Jest's
// CJS runtime cannot run without --experimental-vm-modules, so it is transformed too. The
// type-level tests run through `tsc` (see the test script), not through Jest.
const { jestPreset } = require('../../jest.preset.cjs')

module.exports = {
  ...jestPreset({ transformPackages: ['@sanity/client'] }),
  roots: ['<rootDir>/test'],
  testTimeout: 30000,
  maxWorkers: 2,
}
