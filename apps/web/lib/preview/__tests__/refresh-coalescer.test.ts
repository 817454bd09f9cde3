import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { RefreshCoalescer } from '../refresh-coalescer'

beforeEach(() => {
  jest.useFakeTimers()
})

afterEach(() => {
  jest.useRealTimers()
})

describe('RefreshCoalescer', () => {
  it('refreshes at once when nothing ran lately', () => {
    let runs = 0
    const coalescer = new RefreshCoalescer(() => runs++, 250)
    coalescer.request()
    expect(runs).toBe(1)
    jest.advanceTimersByTime(300)
    coalescer.request()
    expect(runs).toBe(2)
  })

  it('turns a burst into one refresh now and one trailing refresh after the gap', () => {
    let runs = 0
    const coalescer = new RefreshCoalescer(() => runs++, 250)
    for (let i = 0; i < 12; i++) {
      coalescer.request()
      jest.advanceTimersByTime(10)
    }
    expect(runs).toBe(1)
    // The trailing one renders the changes that came after the first refresh started.
    jest.advanceTimersByTime(130)
    expect(runs).toBe(2)
    jest.advanceTimersByTime(1000)
    expect(runs).toBe(2)
  })

  it('drops the queued refresh when stopped', () => {
    let runs = 0
    const coalescer = new RefreshCoalescer(() => runs++, 250)
    coalescer.request()
    coalescer.request()
    coalescer.stop()
    jest.advanceTimersByTime(1000)
    expect(runs).toBe(1)
  })
})
