/** Component and unit tests: jsdom, SWC, queries by role and text. */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic' } },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
]

export default {
  testEnvironment: 'jsdom',
  roots: ['<rootDir>'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  testPathIgnorePatterns: ['/node_modules/', '/.next/'],
  modulePathIgnorePatterns: ['<rootDir>/.next/'],
  transform: { '^.+\\.(t|j|mj)sx?$': swc },
  // These packages ship only ES modules, which Jest on Node 20 cannot load untransformed.
  transformIgnorePatterns: ['/node_modules/(?!(@portabletext|@sanity/image-url|feed)/)'],
  moduleNameMapper: {
    '^@/(.*)$': '<rootDir>/$1',
    '\\.module\\.css$': '<rootDir>/test/css-module.cjs',
    '\\.css$': '<rootDir>/test/empty.cjs',
    '^server-only$': '<rootDir>/test/empty.cjs',
  },
  setupFilesAfterEnv: ['<rootDir>/test/setup.ts'],
}
