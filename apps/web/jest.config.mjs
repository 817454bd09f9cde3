/** Component and unit tests: jsdom, SWC, queries by role and text. */
import presets from '../../jest.preset.cjs'

// These packages ship only ES modules, which Jest on Node 20 cannot load untransformed.
const preset = presets.jestPreset({
  tsx: true,
  transformPackages: ['@portabletext', '@sanity/image-url', '@sanity/preview-url-secret', 'feed'],
})

export default {
  ...preset,
  testEnvironment: 'jsdom',
  roots: ['<rootDir>'],
  testPathIgnorePatterns: [...preset.testPathIgnorePatterns, '/.next/'],
  modulePathIgnorePatterns: ['<rootDir>/.next/'],
  moduleNameMapper: {
    '^@/(.*)$': '<rootDir>/$1',
    '\\.module\\.css$': '<rootDir>/test/css-module.cjs',
    '\\.css$': '<rootDir>/test/empty.cjs',
    '^server-only$': '<rootDir>/test/empty.cjs',
  },
  setupFilesAfterEnv: ['<rootDir>/test/setup.ts'],
}
