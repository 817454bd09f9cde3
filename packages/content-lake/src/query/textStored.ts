import type { WordNumbers } from './textNumbers'
import type { TokenStats, Vocabulary } from './textTokens'

/**
 * A document's word lists as stored text. Vocabulary numbers only mean something inside one process,
 * so each text keeps its words under the data folder's own numbers (textNumbers.ts) with their
 * counts; texts shared by several keys (a string field serves `s:` and `a:`) are stored once.
 * `{"t": [[word numbers, counts], ...], "k": [[key, [text numbers]], ...]}`
 */
interface Stored {
  t: Array<[number[], number[]]>
  k: Array<[string, number[]]>
}

/** Serializes the lists indexDocument made. */
export function storeTexts(split: ReadonlyMap<string, TokenStats[]>, numbers: WordNumbers): string {
  const refs = new Map<TokenStats, number>()
  const stored: Stored = { t: [], k: [] }
  for (const [key, texts] of split) {
    const list = texts.map((stats) => {
      let n = refs.get(stats)
      if (n === undefined) {
        n = stored.t.length
        refs.set(stats, n)
        stored.t.push([numbers.toSaved(stats.vocabulary, stats.ids), Array.from(stats.counts)])
      }
      return n
    })
    stored.k.push([key, list])
  }
  return JSON.stringify(stored)
}

/** Reads stored lists back into `vocabulary`; undefined when the text is not such lists. */
export function loadTexts(
  json: string,
  vocabulary: Vocabulary,
  numbers: WordNumbers,
): Map<string, TokenStats[]> | undefined {
  let value: unknown
  try {
    value = JSON.parse(json)
  } catch {
    return undefined
  }
  if (!isStored(value)) return undefined
  const texts: TokenStats[] = []
  for (const [saved, counts] of value.t) {
    const ids = numbers.fromSaved(vocabulary, saved)
    if (ids === undefined || ids.length !== counts.length) return undefined
    texts.push(statsFrom(ids, counts, vocabulary))
  }
  const split = new Map<string, TokenStats[]>()
  for (const [key, refs] of value.k) {
    const list = refs.map((n) => texts[n])
    if (!list.every((stats): stats is TokenStats => stats !== undefined)) return undefined
    split.set(key, list)
  }
  return split
}

/** Word numbers ascending, as tokenStats makes them (usually already so: sorted only if not). */
function statsFrom(ids: number[], counts: number[], vocabulary: Vocabulary): TokenStats {
  if (ids.every((id, i) => i === 0 || (ids[i - 1] ?? 0) < id))
    return { vocabulary, ids: Uint32Array.from(ids), counts: Uint32Array.from(counts) }
  const order = ids.map((_, i) => i).sort((a, b) => (ids[a] ?? 0) - (ids[b] ?? 0))
  return {
    vocabulary,
    ids: Uint32Array.from(order, (i) => ids[i] ?? 0),
    counts: Uint32Array.from(order, (i) => counts[i] ?? 0),
  }
}

function isStored(value: unknown): value is Stored {
  if (typeof value !== 'object' || value === null) return false
  const t: unknown = Reflect.get(value, 't')
  const k: unknown = Reflect.get(value, 'k')
  return (
    Array.isArray(t) &&
    Array.isArray(k) &&
    t.every((text) => Array.isArray(text) && text.length === 2 && text.every(isNumbers)) &&
    k.every((entry) => Array.isArray(entry) && typeof entry[0] === 'string' && isNumbers(entry[1]))
  )
}

function isNumbers(value: unknown): boolean {
  return Array.isArray(value) && value.every((n) => Number.isInteger(n) && n >= 0)
}
