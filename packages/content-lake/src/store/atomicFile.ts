import { closeSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { PRIVATE_FILE_MODE } from './privateFiles'

/**
 * Writes a file (owner-only) through a temporary name in the same folder, fsynced and renamed over the
 * target, so the target is either the old file or the complete new one. On failure the temporary file is
 * removed and the error rethrown.
 */
export function writeAtomically<T>(file: string, write: (fd: number) => T): T {
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`)
  const fd = openSync(temp, 'w', PRIVATE_FILE_MODE)
  try {
    const result = write(fd)
    fsyncSync(fd)
    closeSync(fd)
    renameSync(temp, file)
    return result
  } catch (error) {
    try {
      closeSync(fd)
    } catch {
      // Already closed by the failing step; the temporary file is removed below either way.
    }
    rmSync(temp, { force: true })
    throw error
  }
}
