import { portableText } from './portableText'
import { tokenStats, Vocabulary, type TokenStats } from './textTokens'

/**
 * The words of each document version's texts, split ahead of queries. A document version is never
 * changed in place (a write makes a new object), so its words live exactly as long as it does (a
 * WeakMap entry). Keys name a text expression: `s:`/`a:` plus a plain attribute path (`a:` also
 * keeps the strings of an array, as the left side of `match` does; `s:` only a string, as an array
 * literal's element does), `t:` plus a path for `pt::text(path)`, and any other expression by its
 * syntax tree as JSON (those are split when a query first needs them).
 */
const entries = new WeakMap<object, Map<string, TokenStats[]>>()

// Beyond this many distinct words a fresh vocabulary starts (texts already split keep theirs).
const MAX_VOCABULARY = 2_000_000
let vocabulary = new Vocabulary()

// Objects nested deeper than this (from the document) are split when a query needs them.
const MAX_DEPTH = 4

export function statsOf(text: string): TokenStats {
  return tokenStats(text, currentVocabulary())
}

/** The key of an attribute path's text, with or without the strings of an array. */
export function pathKey(path: readonly string[], arraysToo: boolean): string {
  return `${arraysToo ? 'a' : 's'}:${JSON.stringify(path)}`
}

/** The key of `pt::text(path)`. */
export function portableTextKey(path: readonly string[]): string {
  return `t:${JSON.stringify(path)}`
}

function entriesOf(doc: object): Map<string, TokenStats[]> {
  let map = entries.get(doc)
  if (!map) {
    map = new Map()
    entries.set(doc, map)
  }
  return map
}

/** The words kept for `doc` under `key`, computed (and kept) when not split yet. */
export function textsOf(doc: object, key: string, compute: () => TokenStats[]): TokenStats[] {
  const map = entriesOf(doc)
  const hit = map.get(key)
  if (hit) return hit
  const computed = compute()
  map.set(key, computed)
  return computed
}

/**
 * Lets `copy` (the drafts perspective's copy of a document under its published id) use the words of
 * `source`: the copy differs only in `_id` and `_originalId`, which are not split ahead.
 */
export function shareTexts(copy: object, source: object): void {
  entries.set(copy, entriesOf(source))
}

/** True when `doc`'s texts were split ahead (by indexDocument). */
export function isIndexed(doc: object): boolean {
  return entries.get(doc)?.has(INDEXED) ?? false
}
const INDEXED = 'indexed'

/**
 * Splits the texts a search is likely to read: every string and array of strings reached through
 * objects (not arrays) from the document, and `pt::text()` of every array, skipping `_` fields
 * (ids, types, keys, references), which a query still splits when it matches them. Returns the
 * lists it made (to be saved), or undefined when the document was already split.
 */
export function indexDocument(doc: object): Map<string, TokenStats[]> | undefined {
  const map = entriesOf(doc)
  if (map.has(INDEXED)) return undefined
  const split = new Map<string, TokenStats[]>()
  indexObject(split, doc, [], 0)
  restoreDocument(doc, split)
  return split
}

/** Gives `doc` the lists indexDocument made for an equal document (read back from storage). */
export function restoreDocument(doc: object, split: ReadonlyMap<string, TokenStats[]>): void {
  const map = entriesOf(doc)
  for (const [key, texts] of split) map.set(key, texts)
  map.set(INDEXED, [])
}

/** The vocabulary new lists are numbered in (read-back lists join it, like split ones). */
export function currentVocabulary(): Vocabulary {
  if (vocabulary.words.length > MAX_VOCABULARY) vocabulary = new Vocabulary()
  return vocabulary
}

function indexObject(
  map: Map<string, TokenStats[]>,
  value: object,
  path: string[],
  depth: number,
): void {
  for (const [name, raw] of Object.entries(value)) {
    const field: unknown = raw
    if (name.startsWith('_')) continue
    const at = [...path, name]
    if (typeof field === 'string') {
      const texts = [statsOf(field)]
      map.set(pathKey(at, true), texts)
      map.set(pathKey(at, false), texts)
    } else if (Array.isArray(field)) {
      const strings = field.filter((item): item is string => typeof item === 'string')
      if (strings.length > 0) {
        map.set(pathKey(at, true), strings.map(statsOf))
        map.set(pathKey(at, false), [])
      }
      const text = portableText(field)
      if (text !== null) map.set(portableTextKey(at), [statsOf(text)])
    } else if (typeof field === 'object' && field !== null && depth + 1 < MAX_DEPTH) {
      indexObject(map, field, at, depth + 1)
    }
  }
}
