import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs'
import { readFile, rename, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Store } from './connection'

/**
 * The cache store of a storefront without Redis: entries in files, so memory does not grow with
 * the catalogue (the OS keeps the hot ones in its page cache), and tag invalidations in memory.
 * The folder belongs to this process and is emptied when it starts: an entry must never outlive
 * the tag invalidations that were recorded beside it, which a restart forgets.
 */
export function createDiskStore(root: string, maxBytes: number): Store {
  const dir = join(root, String(process.pid))
  removeFoldersOfEndedProcesses(root)
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  const hashes = new Map<string, Map<string, string>>()
  const fileOf = (key: string) => join(dir, createHash('sha256').update(key).digest('hex'))
  let written = 0
  // Every file's size, oldest write first: past `maxBytes` the oldest go, so junk URLs (cached
  // 404s) cannot fill the disk.
  const sizes = new Map<string, number>()
  let total = 0
  async function account(file: string, size: number): Promise<void> {
    total += size - (sizes.get(file) ?? 0)
    sizes.delete(file)
    sizes.set(file, size)
    const dropped: string[] = []
    for (const [oldest, bytes] of sizes) {
      if (total <= maxBytes) break
      sizes.delete(oldest)
      total -= bytes
      dropped.push(oldest)
    }
    await Promise.all(dropped.map((oldest) => rm(oldest, { force: true })))
  }

  return {
    status: 'ready',
    async getBuffer(key: string): Promise<Buffer | null> {
      const file = await readFile(fileOf(key)).catch(() => null)
      if (!file || file.length < 8) return null
      // The first 8 bytes say until when (ms) the entry may be served.
      return file.readDoubleBE(0) < Date.now() ? null : file.subarray(8)
    },
    async set(key: string, value: string | Buffer, _ex: 'EX', seconds: number): Promise<'OK'> {
      const until = Buffer.alloc(8)
      until.writeDoubleBE(Date.now() + seconds * 1000)
      // Written aside, then renamed: a reader never sees half an entry.
      const file = fileOf(key)
      const bytes = Buffer.concat([until, Buffer.from(value)])
      const temporary = `${file}.${written++}`
      await writeFile(temporary, bytes)
      await rename(temporary, file).catch(async (error: unknown) => {
        await rm(temporary, { force: true })
        throw error
      })
      await account(file, bytes.length)
      return 'OK'
    },
    async hmget(key: string, ...fields: string[]): Promise<(string | null)[]> {
      const hash = hashes.get(key)
      return fields.map((field) => hash?.get(field) ?? null)
    },
    async hset(key: string, values: Record<string, string>): Promise<number> {
      const hash = hashes.get(key) ?? new Map<string, string>()
      hashes.set(key, hash)
      for (const [field, value] of Object.entries(values)) hash.set(field, value)
      return Object.keys(values).length
    },
    // Always ready: nothing to connect to, so no connection events to wait for or to report.
    on: () => undefined,
    once: () => undefined,
    off: () => undefined,
  }
}

/** Folders left by storefronts that have exited (crashed or restarted), which nobody reads again. */
function removeFoldersOfEndedProcesses(root: string): void {
  if (!existsSync(root)) return
  for (const name of readdirSync(root)) {
    const pid = Number(name)
    if (!Number.isInteger(pid) || pid === process.pid || isRunning(pid)) continue
    rmSync(join(root, name), { recursive: true, force: true })
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
