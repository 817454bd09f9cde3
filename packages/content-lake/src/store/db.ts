import Database from 'better-sqlite3'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { SCHEMA_V1 } from './schema'

/** The SQLite handle type used across the lake. */
export type Db = Database.Database

/** Opens (and creates) `dir/lake.sqlite` in WAL mode with fsync on every commit. */
export function openDb(dir: string): Db {
  mkdirSync(dir, { recursive: true })
  const db = new Database(join(dir, 'lake.sqlite'))
  db.pragma('journal_mode = WAL')
  // FULL syncs the WAL on every commit: an acknowledged write survives a kill -9 or power loss.
  db.pragma('synchronous = FULL')
  db.pragma('busy_timeout = 5000')
  db.exec(SCHEMA_V1)
  db.pragma('user_version = 1')
  return db
}
