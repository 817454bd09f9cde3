import type { ExprNode } from 'groq-js'
import { eachNode } from './walk'

/** How much a ResultCache holds. */
export interface ResultCacheLimits {
  maxEntries: number
  /** Larger results are not kept. */
  maxEntryBytes: number
  maxTotalBytes: number
}

// A sitemap lists every article with its images (about 350 bytes each: 3.5 MB at 10,000 articles), and it
// is the slowest query the storefront runs, so an entry may take a quarter of the cache.
export const DEFAULT_RESULT_CACHE_LIMITS: ResultCacheLimits = {
  maxEntries: 256,
  maxEntryBytes: 16 << 20,
  maxTotalBytes: 64 << 20,
}

/**
 * Serialized query results of one dataset, valid until its next commit (DatasetState clears it on every
 * change), so repeated storefront reads skip evaluation and serialization. Bounded by entries and bytes.
 */
export class ResultCache {
  private readonly entries = new Map<string, string>()
  private bytes = 0
  /** Bumped by every clear, so a result computed before a commit is never stored after it. */
  generation = 0

  constructor(private readonly limits: ResultCacheLimits = DEFAULT_RESULT_CACHE_LIMITS) {}

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
    if (generation !== this.generation || json.length > this.limits.maxEntryBytes) return
    // Two misses of one key may both finish: the second replaces the first, counted once.
    const previous = this.entries.get(key)
    if (previous !== undefined) this.bytes -= previous.length
    this.entries.delete(key)
    this.entries.set(key, json)
    this.bytes += json.length
    while (this.entries.size > this.limits.maxEntries || this.bytes > this.limits.maxTotalBytes) {
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
