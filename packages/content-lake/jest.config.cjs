/* global module, require */
// @sanity/client's CJS build loads its EventSource polyfill with a dynamic import(), which Jest's
// CJS runtime cannot run without --experimental-vm-modules, so it is transformed (import() becomes
// require()); @sanity/image-url (and its signed-urls helper) and
// @sanity/preview-url-secret ship only ESM, so they are too.
const { jestPreset } = require('../../jest.preset.cjs')

module.exports = {
  ...jestPreset({
    transformPackages: [
      '@sanity/client',
      '@sanity/image-url',
      '@sanity/signed-urls',
      '@sanity/preview-url-secret',
    ],
  }),
  roots: ['<rootDir>/test'],
  testTimeout: 60000,
  maxWorkers: 2,
}
