/* global module, require */
/** Unit tests for the Studio's pure logic (deal state, moderation, URLs, local session). */
const { jestPreset } = require('../jest.preset.cjs')

const preset = jestPreset({ tsx: true })

module.exports = {
  ...preset,
  roots: ['<rootDir>'],
  testPathIgnorePatterns: [...preset.testPathIgnorePatterns, '/dist/', '/.sanity/'],
  // The seed's validation loads the whole Studio schema in a child process.
  testTimeout: 30000,
}
