/* global module, require */
/** Cross-package tests: real processes (lake, next start, Chromium), so long timeouts, one at a time. */
const { jestPreset } = require('../jest.preset.cjs')

module.exports = {
  ...jestPreset(),
  globalSetup: '<rootDir>/support/global-setup.ts',
  testTimeout: 180_000,
  maxWorkers: 1,
  slowTestThreshold: 60,
}
