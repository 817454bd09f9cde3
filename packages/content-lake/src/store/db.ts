import Database from 'better-sqlite3'
import { join } from 'node:path'
import { errorMessage } from '../errorMessage'
import { makePrivateDir, touchPrivateFile } from './privateFiles'
import { SCHEMA_V1 } from './schema'

/** The SQLite handle type used across the lake. */
export type Db = Database.Database

/** Thrown when the data folder's database is corrupt or not a content-lake database; names the file. */
export class DatabaseFileError extends Error {
  constructor(path: string, problem: string) {
    super(
      `${path} ${problem}. Move it away (or point --data at another folder) and start again; restore from an export if you have one.`,
    )
    this.name = 'DatabaseFileError'
  }
}

const SCHEMA_VERSION = 1

/** Opens (and creates, owner-only) `dir/lake.sqlite` in WAL mode with fsync on every commit. */
export function openDb(dir: string): Db {
  makePrivateDir(dir)
  const path = join(dir, 'lake.sqlite')
  touchPrivateFile(path)
  let db: Database.Database | undefined
  try {
    db = new Database(path)
    assertOurs(db, path)
    db.pragma('journal_mode = WAL')
    // FULL syncs the WAL on every commit: an acknowledged write survives a kill -9 or power loss.
    db.pragma('synchronous = FULL')
    db.pragma('busy_timeout = 5000')
    db.exec(SCHEMA_V1)
    db.pragma(`user_version = ${SCHEMA_VERSION}`)
    return db
  } catch (error) {
    db?.close()
    if (error instanceof DatabaseFileError) throw error
    throw new DatabaseFileError(
      path,
      `cannot be opened as a content-lake database (${errorMessage(error)})`,
    )
  }
}

/** Refuses a valid SQLite file that belongs to something else (tables but none of ours, or a newer schema). */
function assertOurs(db: Database.Database, path: string): void {
  const version = Number(db.pragma('user_version', { simple: true }))
  if (version > SCHEMA_VERSION)
    throw new DatabaseFileError(path, `has schema version ${version}, newer than this lake knows`)
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .pluck()
    .all()
  if (tables.length > 0 && !tables.includes('documents'))
    throw new DatabaseFileError(
      path,
      'is an SQLite database of another program, not a content lake',
    )
}
