import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { clock, MAX_TIMER_MS } from '../clock'

const START = Date.parse('2025-06-15T12:00:45.000Z')

describe('clock', () => {
  beforeEach(() => {
    jest.useFakeTimers({ now: START })
  })
  afterEach(() => {
    jest.useRealTimers()
  })

  it('emits now at once, then at each minute boundary', () => {
    const seen: string[] = []
    const subscription = clock().subscribe((iso) => seen.push(iso))
    expect(seen).toEqual(['2025-06-15T12:00:45.000Z'])
    jest.advanceTimersByTime(14_999)
    expect(seen).toHaveLength(1)
    jest.advanceTimersByTime(1)
    expect(seen).toEqual(['2025-06-15T12:00:45.000Z', '2025-06-15T12:01:00.000Z'])
    jest.advanceTimersByTime(60_000)
    expect(seen.at(-1)).toBe('2025-06-15T12:02:00.000Z')
    subscription.unsubscribe()
  })

  it('also emits just after each instant ahead, so a deal starting at :52.5 is live at once', () => {
    const seen: string[] = []
    const past = START - 1_000
    const subscription = clock([START + 7_500, past, START + 7_500]).subscribe((iso) =>
      seen.push(iso),
    )
    jest.advanceTimersByTime(7_500)
    expect(seen).toHaveLength(1)
    jest.advanceTimersByTime(1)
    expect(seen).toEqual(['2025-06-15T12:00:45.000Z', '2025-06-15T12:00:52.501Z'])
    jest.advanceTimersByTime(7_499)
    expect(seen).toHaveLength(3) // the minute boundary, nothing for the past or repeated instant
    subscription.unsubscribe()
  })

  it('leaves instants beyond the longest timer to the minute ticks', () => {
    const seen: string[] = []
    const subscription = clock([START + MAX_TIMER_MS + 1]).subscribe((iso) => seen.push(iso))
    jest.advanceTimersByTime(15_000)
    expect(seen).toHaveLength(2)
    expect(jest.getTimerCount()).toBe(1)
    subscription.unsubscribe()
  })
})
