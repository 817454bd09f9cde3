import { performance } from 'node:perf_hooks'
import type { StoredWords } from '../store/textWords'
import { currentVocabulary, indexDocument, isIndexed, restoreDocument } from './textIndex'
import type { WordNumbers } from './textNumbers'
import { loadTexts, storeTexts } from './textStored'

// Work per turn of the event loop: short enough that requests arriving meanwhile are served.
const SLICE_MS = 10
// Split lists are saved in batches: one SQLite transaction (and fsync) per this many at most.
const SAVE_BATCH = 512

/** Where a dataset's split lists are kept between runs (store/textWords.ts). */
export interface WordStore {
  get(id: string, rev: string): string | undefined
  save(rows: readonly StoredWords[]): void
  /** How saved lists number their words. */
  numbers: WordNumbers
  /** Told when a large batch (a start, an import) is done. */
  finished(batch: IndexedBatch): void
}

/** What the indexer did for one batch of documents. */
export interface IndexedBatch {
  split: number
  readBack: number
  ms: number
}

// Batches at least this large are reported (a commit's few documents are not).
const REPORTED_BATCH = 100

/**
 * Splits the texts of new document versions into words in the background (a dataset's documents
 * when the lake starts, then each commit's), a slice at a time, so a search reads word lists
 * instead of splitting thousands of articles itself, and no single request waits for all of it.
 * With a store, a version whose lists were saved (same id and `_rev`) is read back instead of split,
 * and newly split lists are saved.
 */
export class TextIndexer {
  private queue: object[] = []
  private next = 0
  private scheduled = false
  private waiters: Array<() => void> = []
  private store: WordStore | undefined
  private unsaved: StoredWords[] = []
  private batch: IndexedBatch = { split: 0, readBack: 0, ms: 0 }

  /** Documents not yet split. */
  get pending(): number {
    return this.queue.length - this.next
  }

  /** Reads and saves lists through `store` from now on. */
  useStore(store: WordStore): void {
    this.store = store
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
    this.unsaved = []
    this.store = undefined
  }

  private run(): void {
    this.scheduled = false
    if (this.pending === 0) return this.finish()
    const started = performance.now()
    const stop = started + SLICE_MS
    while (this.next < this.queue.length && performance.now() < stop) {
      const doc = this.queue[this.next]
      this.next++
      if (doc) this.index(doc)
    }
    if (this.unsaved.length >= SAVE_BATCH || this.pending === 0) this.save()
    this.batch.ms += performance.now() - started
    if (this.pending > 0) return this.schedule()
    this.finish()
  }

  private index(doc: object): void {
    if (isIndexed(doc)) return
    const id: unknown = Reflect.get(doc, '_id')
    const rev: unknown = Reflect.get(doc, '_rev')
    const key = typeof id === 'string' && typeof rev === 'string' ? { id, rev } : undefined
    const store = this.store
    const saved = key && store?.get(key.id, key.rev)
    const restored =
      saved === undefined || !store
        ? undefined
        : loadTexts(saved, currentVocabulary(), store.numbers)
    if (restored) {
      this.batch.readBack++
      return restoreDocument(doc, restored)
    }
    const split = indexDocument(doc)
    if (split) this.batch.split++
    if (split && key && store)
      this.unsaved.push({ ...key, words: storeTexts(split, store.numbers) })
  }

  private save(): void {
    const rows = this.unsaved
    this.unsaved = []
    this.store?.save(rows)
  }

  private finish(): void {
    if (this.queue.length >= REPORTED_BATCH) this.store?.finished(this.batch)
    this.batch = { split: 0, readBack: 0, ms: 0 }
    this.queue = []
    this.next = 0
    const waiters = this.waiters
    this.waiters = []
    for (const resolve of waiters) resolve()
  }
}
