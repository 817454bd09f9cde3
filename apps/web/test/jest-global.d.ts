// Jest's global `jest`: SWC hoists `jest.mock(...)` above imports only for this free identifier,
// not for the one imported from '@jest/globals'. Test files use it for module mocks.
declare const jest: typeof import('@jest/globals').jest
