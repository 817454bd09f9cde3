/** @jest-environment node */
import { EventEmitter } from 'node:events'
import { describe, expect, it, jest } from '@jest/globals'
import type { Store } from '../connection'
import { createTagExpirer } from '../tag-expirer'

/** A store whose writes fail while `down`, and that says 'ready' when it comes back. */
class FlakyStore extends EventEmitter {
  down = true
  written: Record<string, string>[] = []
  async hset(_key: string, fields: Record<string, string>): Promise<number> {
    if (this.down) throw new Error("Stream isn't writeable")
    this.written.push(fields)
    return 1
  }
  back(): void {
    this.down = false
    this.emit('ready')
  }
}

describe('tag expiries while Redis is away', () => {
  it('are kept and written with their original time once Redis is back', async () => {
    const store = new FlakyStore()
    const expire = createTagExpirer(() => store as unknown as Store, 'p:')
    jest.spyOn(console, 'error').mockImplementation(() => undefined)
    jest.spyOn(console, 'log').mockImplementation(() => undefined)
    const before = Date.now()
    await expect(expire(['article:1'], { expire: 0 })).resolves.toBeUndefined()
    expect(store.written).toEqual([])
    store.back()
    await new Promise((resolve) => setImmediate(resolve))
    expect(store.written).toHaveLength(1)
    const state = JSON.parse(store.written[0]?.['article:1'] ?? '{}') as { expired: number }
    expect(state.expired).toBeGreaterThanOrEqual(before)
    expect(state.expired).toBeLessThan(before + 1000)
  })
})
