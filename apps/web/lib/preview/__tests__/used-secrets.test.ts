/** @jest-environment node */
import { describe, expect, it } from '@jest/globals'
import { UsedSecrets } from '../used-secrets'

describe('used preview secrets', () => {
  it('remembers a used secret for as long as the lake would accept it', () => {
    let now = 0
    const used = new UsedSecrets(1000, 10, () => now)
    expect(used.has('a')).toBe(false)
    used.remember('a')
    expect(used.has('a')).toBe(true)
    now = 999
    expect(used.has('a')).toBe(true)
    now = 1000
    expect(used.has('a')).toBe(false)
  })

  it('holds at most maxEntries, forgetting the oldest', () => {
    const used = new UsedSecrets(1000, 2, () => 0)
    used.remember('a')
    used.remember('b')
    used.remember('c')
    expect([used.has('a'), used.has('b'), used.has('c')]).toEqual([false, true, true])
  })
})
