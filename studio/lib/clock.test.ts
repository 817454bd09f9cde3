import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { minuteClock } from './clock'

describe('minuteClock', () => {
  beforeEach(() => {
    jest.useFakeTimers({ now: new Date('2025-06-15T12:00:45.000Z') })
  })
  afterEach(() => {
    jest.useRealTimers()
  })

  it('emits now at once, then at each minute boundary', () => {
    const seen: string[] = []
    const subscription = minuteClock().subscribe((iso) => seen.push(iso))
    expect(seen).toEqual(['2025-06-15T12:00:45.000Z'])
    jest.advanceTimersByTime(14_999)
    expect(seen).toHaveLength(1)
    jest.advanceTimersByTime(1)
    expect(seen).toEqual(['2025-06-15T12:00:45.000Z', '2025-06-15T12:01:00.000Z'])
    jest.advanceTimersByTime(60_000)
    expect(seen.at(-1)).toBe('2025-06-15T12:02:00.000Z')
    subscription.unsubscribe()
  })
})
