import type { ExprNode } from 'groq-js'
import { eachNode } from './walk'

const MAX_ENTRIES = 256
const MAX_ENTRY_BYTES = 1 << 20
const MAX_TOTAL_BYTES = 64 << 20

/**
 * Serialized query results of one dataset, valid until its next commit (DatasetState clears it on every
 * change), so repeated storefront reads skip evaluation and serialization. Bounded by entries and bytes.
 */
export class ResultCache {
  private readonly entries = new Map<string, string>()
  private bytes = 0
  /** Bumped by every clear, so a result computed before a commit is never stored after it. */
  generation = 0

  /** The cached JSON for a key. */
  get(key: string): string | undefined {
    const hit = this.entries.get(key)
    if (hit !== undefined) {
      this.entries.delete(key)
      this.entries.set(key, hit)
    }
    return hit
  }

  /** Stores JSON computed during `generation`, unless the cache was cleared since or it is too large. */
  set(key: string, json: string, generation: number): void {
    if (generation !== this.generation || json.length > MAX_ENTRY_BYTES) return
    this.entries.set(key, json)
    this.bytes += json.length
    while (this.entries.size > MAX_ENTRIES || this.bytes > MAX_TOTAL_BYTES) {
      const oldest = this.entries.entries().next()
      if (oldest.done) break
      this.entries.delete(oldest.value[0])
      this.bytes -= oldest.value[1].length
    }
  }

  /** Drops everything (the dataset changed). */
  clear(): void {
    this.generation++
    this.entries.clear()
    this.bytes = 0
  }
}

const UNCACHEABLE = new Set(['now', 'identity'])
const cacheability = new WeakMap<ExprNode, boolean>()

/** False for queries whose result depends on more than the data and params (`now()`, `identity()`). */
export function isCacheable(tree: ExprNode): boolean {
  const known = cacheability.get(tree)
  if (known !== undefined) return known
  let cacheable = true
  eachNode(tree, (node) => {
    if (node.type === 'FuncCall' && UNCACHEABLE.has(node.name)) cacheable = false
  })
  cacheability.set(tree, cacheable)
  return cacheable
}
