import type { SanityDocument } from '../json'

/**
 * One perspective of a dataset: documents by key (the `_id` they show in that perspective), plus a lazily
 * built array sorted by key, which is what a full `*` scan sees. The array is copy-on-write: a query that
 * holds it keeps a consistent snapshot while later transactions build a new one.
 */
export class View {
  private readonly byKey = new Map<string, SanityDocument>()
  private sorted: SanityDocument[] | null = null

  /** The document shown under `key`, if any. */
  get(key: string): SanityDocument | undefined {
    return this.byKey.get(key)
  }

  /** Number of documents in this view. */
  get size(): number {
    return this.byKey.size
  }

  /** All documents sorted by `_id` (built on first use, then kept up to date). */
  array(): SanityDocument[] {
    if (this.sorted === null) {
      const keys = [...this.byKey.keys()].sort(compareKeys)
      this.sorted = keys
        .map((key) => this.byKey.get(key))
        .filter((doc): doc is SanityDocument => doc !== undefined)
    }
    return this.sorted
  }

  /** Applies a batch of changes; `null` removes the key. */
  apply(entries: Array<[string, SanityDocument | null]>): void {
    for (const [key, doc] of entries) {
      if (doc) this.byKey.set(key, doc)
      else this.byKey.delete(key)
    }
    if (this.sorted === null) return
    // Large batches (imports) rebuild lazily; small ones patch a copy in O(n) without re-sorting.
    if (entries.length > 1000) {
      this.sorted = null
      return
    }
    const next = this.sorted.slice()
    for (const [key, doc] of entries) spliceSorted(next, key, doc)
    this.sorted = next
  }
}

/** Orders keys the way the view's array is ordered (UTF-16 code units, like JavaScript's default sort). */
export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function spliceSorted(list: SanityDocument[], key: string, doc: SanityDocument | null): void {
  let lo = 0
  let hi = list.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    const midKey = list[mid]?._id ?? ''
    if (midKey < key) lo = mid + 1
    else hi = mid
  }
  const found = list[lo]?._id === key
  if (doc && found) list[lo] = doc
  else if (doc) list.splice(lo, 0, doc)
  else if (found) list.splice(lo, 1)
}
