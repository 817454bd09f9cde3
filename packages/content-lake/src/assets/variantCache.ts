import { mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { randomId } from '../ids'

interface Entry {
  size: number
}

/**
 * Transformed image variants on disk, bounded in size: the least recently used files are deleted when a
 * new variant would exceed the budget. The most recent variants are also kept in memory (an eighth of the
 * budget), so a popular thumbnail costs no disk read.
 */
export class VariantCache {
  private readonly entries = new Map<string, Entry>()
  private readonly hot = new Map<string, Buffer>()
  private total = 0
  private hotTotal = 0

  constructor(
    private readonly dir: string,
    private readonly budgetBytes: number,
  ) {
    mkdirSync(dir, { recursive: true })
    this.reload()
  }

  /** The cached bytes of a key (a hex digest), marking it recently used. */
  async get(key: string): Promise<Buffer | undefined> {
    const entry = this.entries.get(key)
    if (!entry) return undefined
    this.touch(key, entry)
    const hot = this.hot.get(key)
    if (hot) return hot
    try {
      const bytes = await readFile(join(this.dir, key))
      this.remember(key, bytes)
      return bytes
    } catch {
      this.forget(key)
      return undefined
    }
  }

  /** Stores a variant, evicting the least recently used ones beyond the budget. */
  put(key: string, bytes: Buffer): void {
    if (bytes.length > this.budgetBytes) return
    const temp = join(this.dir, `.tmp-${randomId(12)}`)
    writeFileSync(temp, bytes)
    renameSync(temp, join(this.dir, key))
    this.forget(key)
    this.entries.set(key, { size: bytes.length })
    this.total += bytes.length
    this.remember(key, bytes)
    this.evict()
  }

  /** Bytes currently on disk (for tests and the README's bound). */
  get sizeBytes(): number {
    return this.total
  }

  private touch(key: string, entry: Entry): void {
    this.entries.delete(key)
    this.entries.set(key, entry)
  }

  private remember(key: string, bytes: Buffer): void {
    const hotBudget = this.budgetBytes / 8
    if (bytes.length > hotBudget) return
    if (this.hot.has(key)) return
    this.hot.set(key, bytes)
    this.hotTotal += bytes.length
    for (const [oldKey, old] of this.hot) {
      if (this.hotTotal <= hotBudget) break
      this.hot.delete(oldKey)
      this.hotTotal -= old.length
    }
  }

  private forget(key: string): void {
    const entry = this.entries.get(key)
    if (entry) {
      this.entries.delete(key)
      this.total -= entry.size
    }
    const hot = this.hot.get(key)
    if (hot) {
      this.hot.delete(key)
      this.hotTotal -= hot.length
    }
  }

  private evict(): void {
    // Map order is least recently used first.
    for (const key of this.entries.keys()) {
      if (this.total <= this.budgetBytes) break
      this.forget(key)
      rmSync(join(this.dir, key), { force: true })
    }
  }

  /** Rebuilds the index from disk after a restart, oldest files first. */
  private reload(): void {
    const files = readdirSync(this.dir)
      .filter((name) => /^[a-f0-9]{40}$/.test(name))
      .map((name) => ({ name, stat: statSync(join(this.dir, name)) }))
      .sort((a, b) => a.stat.mtimeMs - b.stat.mtimeMs)
    for (const { name, stat } of files) {
      this.entries.set(name, { size: stat.size })
      this.total += stat.size
    }
    for (const name of readdirSync(this.dir)) {
      if (name.startsWith('.tmp-')) rmSync(join(this.dir, name), { force: true })
    }
    this.evict()
  }
}
