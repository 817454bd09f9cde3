import { describe, expect, test } from '@jest/globals'
import { ConfigError, DEFAULT_CONFIG, validateConfig } from '../src/index'

describe('limits in the config', () => {
  test('default to a 5 s query deadline and bounded listeners', () => {
    expect(DEFAULT_CONFIG.limits).toEqual({
      queryTimeoutMs: 5_000,
      maxQueryWork: 5_000_000,
      maxResultBytes: 32 * 1024 * 1024,
      maxListeners: 1_000,
      maxListenersPerClient: 100,
      listenerBacklog: 1_000,
    })
    expect(validateConfig({}).limits).toEqual(DEFAULT_CONFIG.limits)
  })

  test('take partial overrides and keep the other defaults', () => {
    const { limits } = validateConfig({ limits: { queryTimeoutMs: 250, maxListeners: 5 } })
    expect(limits).toEqual({ ...DEFAULT_CONFIG.limits, queryTimeoutMs: 250, maxListeners: 5 })
  })

  test('reject zero, fractions, strings and unknown keys, listing each', () => {
    const attempt = (): unknown =>
      validateConfig({
        limits: { queryTimeoutMs: 0, maxQueryWork: 1.5, maxResultBytes: '1MB', maxListener: 3 },
      })
    expect(attempt).toThrow(ConfigError)
    expect(attempt).toThrow(/limits\.queryTimeoutMs: must be an integer from 10/)
    expect(attempt).toThrow(/limits\.maxQueryWork: must be an integer/)
    expect(attempt).toThrow(/limits\.maxResultBytes: must be an integer/)
    expect(attempt).toThrow(/limits\.maxListener: unknown key/)
  })
})
