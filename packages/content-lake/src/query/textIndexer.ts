import { performance } from 'node:perf_hooks'
import { indexDocument } from './textIndex'

// Work per turn of the event loop: short enough that requests arriving meanwhile are served.
const SLICE_MS = 10

/**
 * Splits the texts of new document versions into words in the background (a dataset's documents
 * when the lake starts, then each commit's), a slice at a time, so a search reads word lists
 * instead of splitting thousands of articles itself, and no single request waits for all of it.
 */
export class TextIndexer {
  private queue: object[] = []
  private next = 0
  private scheduled = false
  private waiters: Array<() => void> = []

  /** Documents not yet split. */
  get pending(): number {
    return this.queue.length - this.next
  }

  add(docs: Iterable<object>): void {
    for (const doc of docs) this.queue.push(doc)
    this.schedule()
  }

  /** Resolves once every document added so far is split. */
  ready(): Promise<void> {
    if (this.pending === 0) return Promise.resolve()
    return new Promise((resolve) => this.waiters.push(resolve))
  }

  private schedule(): void {
    if (this.scheduled || this.pending === 0) return
    this.scheduled = true
    // Referenced: an unreferenced immediate would wait for other I/O before each slice (stop() ends it).
    setImmediate(() => this.run())
  }

  /** Drops the documents not split yet (the lake is shutting down); queries split what they read. */
  stop(): void {
    this.next = this.queue.length
  }

  private run(): void {
    this.scheduled = false
    if (this.pending === 0) return this.finish()
    const stop = performance.now() + SLICE_MS
    while (this.next < this.queue.length && performance.now() < stop) {
      const doc = this.queue[this.next]
      this.next++
      if (doc) indexDocument(doc)
    }
    if (this.pending > 0) return this.schedule()
    this.finish()
  }

  private finish(): void {
    this.queue = []
    this.next = 0
    const waiters = this.waiters
    this.waiters = []
    for (const resolve of waiters) resolve()
  }
}
