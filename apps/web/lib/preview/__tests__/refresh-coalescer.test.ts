import { describe, expect, it } from '@jest/globals'
import { RefreshCoalescer } from '../refresh-coalescer'

describe('RefreshCoalescer', () => {
  it('refreshes at once when idle, and again after a refresh settles', () => {
    let runs = 0
    const coalescer = new RefreshCoalescer(() => runs++)
    coalescer.request()
    expect(runs).toBe(1)
    coalescer.settled()
    coalescer.request()
    expect(runs).toBe(2)
  })

  it('keeps one refresh in flight and one queued however many changes arrive', () => {
    let runs = 0
    const coalescer = new RefreshCoalescer(() => runs++)
    for (let i = 0; i < 12; i++) coalescer.request()
    expect(runs).toBe(1)
    coalescer.settled()
    // The queued one renders the changes that came after the first refresh started.
    expect(runs).toBe(2)
    coalescer.settled()
    expect(runs).toBe(2)
    coalescer.settled()
    expect(runs).toBe(2)
  })
})
