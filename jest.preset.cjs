/* global module */
/**
 * The Jest setup the five workspaces share: SWC compiles TypeScript to CommonJS, tests are
 * `*.test.ts(x)` files, node_modules is left alone except for the ES-module-only packages a
 * workspace names (Jest on Node 20 cannot load ES modules untransformed). Each jest.config adds
 * only what is its own: roots, environment, timeouts.
 */
const swc = (parser, transform) => [
  '@swc/jest',
  {
    jsc: { parser, target: 'es2022', ...(transform && { transform }) },
    module: { type: 'commonjs' },
  },
]

/** The shared config; `tsx` compiles JSX with React's automatic runtime. */
function jestPreset({ tsx = false, transformPackages = [] } = {}) {
  const react = tsx ? { react: { runtime: 'automatic' } } : undefined
  return {
    testEnvironment: 'node',
    testMatch: tsx ? ['**/*.test.ts', '**/*.test.tsx'] : ['**/*.test.ts'],
    testPathIgnorePatterns: ['/node_modules/'],
    transform: {
      '^.+\\.tsx?$': swc({ syntax: 'typescript', tsx }, react),
      '^.+\\.[cm]?jsx?$': swc({ syntax: 'ecmascript', jsx: tsx }, react),
    },
    transformIgnorePatterns:
      transformPackages.length > 0
        ? [`/node_modules/(?!(${transformPackages.join('|')})/)`]
        : ['/node_modules/'],
  }
}

module.exports = { jestPreset }
