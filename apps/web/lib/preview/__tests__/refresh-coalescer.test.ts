import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { RefreshCoalescer } from '../refresh-coalescer'

const STALL_MS = 5_000

beforeEach(() => {
  jest.useFakeTimers()
})

afterEach(() => {
  jest.useRealTimers()
})

describe('RefreshCoalescer', () => {
  it('refreshes at once when no refresh is under way', () => {
    let runs = 0
    const coalescer = new RefreshCoalescer(() => runs++, STALL_MS)
    coalescer.request()
    expect(runs).toBe(1)
    expect(coalescer.busy).toBe(true)
    coalescer.settled()
    expect(coalescer.busy).toBe(false)
    coalescer.request()
    expect(runs).toBe(2)
  })

  it('never starts a refresh while one is under way, however long it streams', () => {
    let runs = 0
    const coalescer = new RefreshCoalescer(() => runs++, STALL_MS)
    coalescer.request()
    for (let i = 0; i < 40; i++) {
      jest.advanceTimersByTime(100)
      coalescer.request()
    }
    expect(runs).toBe(1)
  })

  it('turns the changes made during a refresh into one more refresh once it settled', () => {
    let runs = 0
    const coalescer = new RefreshCoalescer(() => runs++, STALL_MS)
    coalescer.request()
    for (let i = 0; i < 12; i++) coalescer.request()
    coalescer.settled()
    // The trailing one renders the changes that came after the first refresh started.
    expect(runs).toBe(2)
    coalescer.settled()
    jest.advanceTimersByTime(STALL_MS * 2)
    expect(runs).toBe(2)
  })

  it('moves on after stallMs when a refresh is never reported settled', () => {
    let runs = 0
    const coalescer = new RefreshCoalescer(() => runs++, STALL_MS)
    coalescer.request()
    coalescer.request()
    jest.advanceTimersByTime(STALL_MS - 1)
    expect(runs).toBe(1)
    jest.advanceTimersByTime(1)
    expect(runs).toBe(2)
  })

  it('ignores a settle report when nothing runs, and forgets everything when stopped', () => {
    let runs = 0
    const coalescer = new RefreshCoalescer(() => runs++, STALL_MS)
    coalescer.settled()
    expect(runs).toBe(0)
    coalescer.request()
    coalescer.request()
    coalescer.stop()
    coalescer.settled()
    jest.advanceTimersByTime(STALL_MS * 2)
    expect(runs).toBe(1)
    expect(coalescer.busy).toBe(false)
  })
})
