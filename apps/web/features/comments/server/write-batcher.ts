/**
 * Group commit: writes that arrive while one is on its way to the lake wait and then go together
 * as one transaction, so many concurrent comments cost one round trip and one durable flush
 * instead of one each. A lone write goes at once, so a quiet site adds no latency. Every write
 * settles only when its transaction has: acknowledged means stored. A failed transaction fails
 * each of its writes; they are idempotent (`createIfNotExists`), so resending is harmless.
 */
export function createWriteBatcher<T>(
  commit: (items: T[]) => Promise<void>,
  maxBatch: number,
): (item: T) => Promise<void> {
  let queue: { item: T; settle: (error?: Error) => void }[] = []
  let flushing = false

  async function flush(): Promise<void> {
    flushing = true
    while (queue.length > 0) {
      const batch = queue.slice(0, maxBatch)
      queue = queue.slice(maxBatch)
      const outcome = await commit(batch.map(({ item }) => item)).then(
        () => undefined,
        (error: unknown) =>
          error instanceof Error ? error : new Error('write failed', { cause: error }),
      )
      for (const { settle } of batch) settle(outcome)
    }
    flushing = false
  }

  return (item) =>
    new Promise<void>((resolve, reject) => {
      queue.push({ item, settle: (error) => (error === undefined ? resolve() : reject(error)) })
      if (!flushing) void flush()
    })
}
