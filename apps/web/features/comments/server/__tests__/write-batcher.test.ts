/** @jest-environment node */
import { describe, expect, it } from '@jest/globals'
import { createWriteBatcher } from '../write-batcher'

/** A commit that records each batch and finishes when the test says so. */
function controlledCommit() {
  const batches: number[][] = []
  const pending: { resolve: () => void; reject: (error: Error) => void }[] = []
  const commit = (items: number[]) => {
    batches.push(items)
    return new Promise<void>((resolve, reject) => pending.push({ resolve, reject }))
  }
  return { batches, pending, commit }
}

const tick = () => new Promise((resolve) => setImmediate(resolve))

describe('createWriteBatcher', () => {
  it('sends a lone write at once, and those arriving meanwhile together in the next transaction', async () => {
    const { batches, pending, commit } = controlledCommit()
    const write = createWriteBatcher(commit, 100)
    const first = write(1)
    expect(batches).toEqual([[1]])
    const rest = [write(2), write(3), write(4)]
    pending[0]?.resolve()
    await first
    await tick()
    expect(batches).toEqual([[1], [2, 3, 4]])
    pending[1]?.resolve()
    await Promise.all(rest)
  })

  it('acknowledges no write before its transaction is committed', async () => {
    const { pending, commit } = controlledCommit()
    const write = createWriteBatcher(commit, 100)
    let settled = false
    const written = write(1).then(() => (settled = true))
    await tick()
    expect(settled).toBe(false)
    pending[0]?.resolve()
    await written
    expect(settled).toBe(true)
  })

  it('fails every write of a failed transaction, and goes on with the next ones', async () => {
    const { batches, pending, commit } = controlledCommit()
    const write = createWriteBatcher(commit, 100)
    const first = write(1)
    const second = [write(2), write(3)]
    pending[0]?.reject(new Error('lake down'))
    await expect(first).rejects.toThrow('lake down')
    await tick()
    pending[1]?.reject(new Error('still down'))
    await expect(Promise.all(second)).rejects.toThrow('still down')
    const later = write(4)
    await tick()
    pending[2]?.resolve()
    await later
    expect(batches).toEqual([[1], [2, 3], [4]])
  })

  it('splits a long queue into transactions of at most maxBatch writes', async () => {
    const { batches, pending, commit } = controlledCommit()
    const write = createWriteBatcher(commit, 2)
    const writes = [1, 2, 3, 4, 5].map((item) => write(item))
    for (let index = 0; index < 4; index++) {
      pending[index]?.resolve()
      await tick()
    }
    await Promise.all(writes)
    expect(batches).toEqual([[1], [2, 3], [4, 5]])
  })
})
