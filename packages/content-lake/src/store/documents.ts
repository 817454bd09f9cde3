import type { Db } from './db'
import type { SanityDocument } from '../json'

/** Prepared statements over the documents table. */
export class DocumentTable {
  private readonly upsertStmt
  private readonly deleteStmt
  private readonly allStmt
  private readonly byTypeStmt
  private readonly bySlugStmt
  private readonly countStmt

  constructor(db: Db) {
    this.upsertStmt = db.prepare(
      'INSERT OR REPLACE INTO documents (dataset, id, type, doc) VALUES (?, ?, ?, ?)',
    )
    this.deleteStmt = db.prepare('DELETE FROM documents WHERE dataset = ? AND id = ?')
    this.allStmt = db.prepare('SELECT doc FROM documents WHERE dataset = ? ORDER BY id').pluck()
    this.byTypeStmt = db
      .prepare(
        'SELECT id FROM documents WHERE dataset = ? AND type IN (SELECT value FROM json_each(?))',
      )
      .pluck()
    this.bySlugStmt = db
      .prepare(
        'SELECT id FROM documents WHERE dataset = ? AND slug IN (SELECT value FROM json_each(?))',
      )
      .pluck()
    this.countStmt = db.prepare('SELECT count(*) FROM documents WHERE dataset = ?').pluck()
  }

  /** Writes a document (call inside a transaction). */
  put(dataset: string, doc: SanityDocument): void {
    this.upsertStmt.run(dataset, doc._id, doc._type, JSON.stringify(doc))
  }

  /** Removes a document (call inside a transaction). */
  delete(dataset: string, id: string): void {
    this.deleteStmt.run(dataset, id)
  }

  /** Every stored document of a dataset as JSON text, ordered by id. */
  *allJson(dataset: string): IterableIterator<string> {
    for (const row of this.allStmt.iterate(dataset)) {
      if (typeof row === 'string') yield row
    }
  }

  /** Ids of documents whose `_type` is one of `types`. */
  idsByType(dataset: string, types: string[]): string[] {
    return this.byTypeStmt
      .all(dataset, JSON.stringify(types))
      .filter((id): id is string => typeof id === 'string')
  }

  /** Ids of documents whose `slug.current` is one of `slugs`. */
  idsBySlug(dataset: string, slugs: string[]): string[] {
    return this.bySlugStmt
      .all(dataset, JSON.stringify(slugs))
      .filter((id): id is string => typeof id === 'string')
  }

  /** Number of stored documents in a dataset. */
  count(dataset: string): number {
    const n = this.countStmt.get(dataset)
    return typeof n === 'number' ? n : 0
  }
}
