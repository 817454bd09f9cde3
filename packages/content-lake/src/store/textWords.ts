import type { NumberedWord } from '../query/textNumbers'
import type { Db } from './db'

/**
 * The word lists of each stored document version, so a restart reads them instead of splitting every
 * text again. A row is keyed by document id and names the `_rev` it was split from; triggers delete it
 * in the same SQLite transaction as any write or delete of its document (commits, imports, whatever
 * writes the table), so a list outlives its version only between a write and the indexer's next save,
 * and the `_rev` check covers that window. Additive: a data folder from before this table gets it on
 * the next start, and a lake without this code leaves it alone (its writes still fire the triggers).
 * Words are saved as numbers of `text_vocabulary` (one per data folder), so reading a list back needs
 * no string work (query/textNumbers.ts).
 */
const SCHEMA = `
CREATE TABLE IF NOT EXISTS text_words (
  dataset TEXT NOT NULL,
  id TEXT NOT NULL,
  rev TEXT NOT NULL,
  words TEXT NOT NULL,
  PRIMARY KEY (dataset, id)
);
CREATE TABLE IF NOT EXISTS text_vocabulary (
  n INTEGER PRIMARY KEY,
  word TEXT NOT NULL UNIQUE
);
CREATE TRIGGER IF NOT EXISTS text_words_on_write AFTER INSERT ON documents BEGIN
  DELETE FROM text_words WHERE dataset = NEW.dataset AND id = NEW.id;
END;
CREATE TRIGGER IF NOT EXISTS text_words_on_update AFTER UPDATE ON documents BEGIN
  DELETE FROM text_words WHERE dataset = OLD.dataset AND id = OLD.id;
END;
CREATE TRIGGER IF NOT EXISTS text_words_on_delete AFTER DELETE ON documents BEGIN
  DELETE FROM text_words WHERE dataset = OLD.dataset AND id = OLD.id;
END;
`

/** One document version's serialized word lists. */
export interface StoredWords {
  id: string
  rev: string
  words: string
}

/** Prepared statements over the text_words table (created on first use). */
export class TextWordTable {
  private readonly getStmt
  private readonly putStmt
  private readonly countStmt
  private readonly vocabularyStmt
  private readonly wordStmt
  private readonly saveAll

  constructor(db: Db) {
    db.exec(SCHEMA)
    this.getStmt = db.prepare('SELECT rev, words FROM text_words WHERE dataset = ? AND id = ?')
    this.putStmt = db.prepare(
      'INSERT OR REPLACE INTO text_words (dataset, id, rev, words) VALUES (?, ?, ?, ?)',
    )
    this.countStmt = db.prepare('SELECT count(*) FROM text_words WHERE dataset = ?').pluck()
    this.vocabularyStmt = db.prepare('SELECT n, word FROM text_vocabulary ORDER BY n')
    this.wordStmt = db.prepare('INSERT INTO text_vocabulary (n, word) VALUES (?, ?)')
    this.saveAll = db.transaction(
      (dataset: string, rows: readonly StoredWords[], words: readonly NumberedWord[]) => {
        for (const { n, word } of words) this.wordStmt.run(n, word)
        for (const row of rows) this.putStmt.run(dataset, row.id, row.rev, row.words)
      },
    )
  }

  /** The serialized lists of `id` when they were split from revision `rev`, else undefined. */
  get(dataset: string, id: string, rev: string): string | undefined {
    const row: unknown = this.getStmt.get(dataset, id)
    if (typeof row !== 'object' || row === null) return undefined
    const stored: unknown = Reflect.get(row, 'rev')
    const words: unknown = Reflect.get(row, 'words')
    return stored === rev && typeof words === 'string' ? words : undefined
  }

  /** Saves lists and the newly numbered words they use in one transaction (replacing older lists). */
  save(dataset: string, rows: readonly StoredWords[], words: readonly NumberedWord[]): void {
    if (rows.length > 0 || words.length > 0) this.saveAll(dataset, rows, words)
  }

  /** The saved vocabulary: each word with its number. */
  vocabulary(): NumberedWord[] {
    return this.vocabularyStmt.all().flatMap((row: unknown) => {
      if (typeof row !== 'object' || row === null) return []
      const n: unknown = Reflect.get(row, 'n')
      const word: unknown = Reflect.get(row, 'word')
      return typeof n === 'number' && typeof word === 'string' ? [{ n, word }] : []
    })
  }

  /** Number of saved lists in a dataset. */
  count(dataset: string): number {
    const n = this.countStmt.get(dataset)
    return typeof n === 'number' ? n : 0
  }
}
