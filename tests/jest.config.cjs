/* global module */
/** Cross-package tests: real processes (lake, next start, Chromium), so long timeouts, one at a time. */
module.exports = {
  testEnvironment: 'node',
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/'],
  transform: {
    '^.+\\.m?[tj]sx?$': [
      '@swc/jest',
      { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } },
    ],
  },
  globalSetup: '<rootDir>/support/global-setup.ts',
  testTimeout: 180_000,
  maxWorkers: 1,
  slowTestThreshold: 60,
}
