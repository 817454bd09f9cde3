import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { makePrivateDir, PRIVATE_FILE_MODE } from '../store/privateFiles'

const openInThisProcess = new Set<string>()

/** Marks a data folder as served by this process; throws when another live lake serves it. */
export function lockDataDir(dir: string): () => void {
  const file = join(dir, 'lake.pid')
  if (openInThisProcess.has(file))
    throw new Error(`${dir} is already served by a lake in this process`)
  const holder = existsSync(file) ? Number(readFileSync(file, 'utf8').trim()) : NaN
  if (Number.isInteger(holder) && holder !== process.pid && isAlive(holder)) {
    throw new Error(`${dir} is in use by another content-lake (pid ${holder}); stop it first`)
  }
  makePrivateDir(dir)
  writeFileSync(file, String(process.pid), { mode: PRIVATE_FILE_MODE })
  openInThisProcess.add(file)
  return () => {
    openInThisProcess.delete(file)
    rmSync(file, { force: true })
  }
}

/** The pid of a live lake serving `dir`, if any (the CLI refuses to import under a running server). */
export function liveHolder(dir: string): number | undefined {
  const file = join(dir, 'lake.pid')
  if (!existsSync(file)) return undefined
  const holder = Number(readFileSync(file, 'utf8').trim())
  return Number.isInteger(holder) && isAlive(holder) ? holder : undefined
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM means the process exists but belongs to someone else.
    return error instanceof Error && 'code' in error && error.code === 'EPERM'
  }
}
