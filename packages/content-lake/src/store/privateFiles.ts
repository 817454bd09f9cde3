import { closeSync, mkdirSync, openSync } from 'node:fs'

/** Folders the lake creates hold every document, drafts and reader data included: owner only. */
export const PRIVATE_DIR_MODE = 0o700
/** Files the lake creates: owner read/write only. */
export const PRIVATE_FILE_MODE = 0o600

/** Creates a folder (and missing parents) readable by the owner only; an existing folder is left as is. */
export function makePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE })
}

/**
 * Creates an empty file with owner-only permissions unless it exists. SQLite gives its -wal and -shm files
 * the mode of the database file, so creating the database this way covers those too.
 */
export function touchPrivateFile(path: string): void {
  closeSync(openSync(path, 'a', PRIVATE_FILE_MODE))
}
