import type { TokenStats, Vocabulary } from './textTokens'

/**
 * A document's word lists as stored text: vocabulary numbers only mean something inside one process,
 * so each text is kept as its words (joined by spaces, which no word contains) and their counts; texts
 * shared by several keys (a string field serves `s:` and `a:`) are stored once.
 * `{"t": [[words, counts], ...], "k": [[key, [text numbers]], ...]}`
 */
interface Stored {
  t: Array<[string, number[]]>
  k: Array<[string, number[]]>
}

/** Serializes the lists indexDocument made. */
export function storeTexts(split: ReadonlyMap<string, TokenStats[]>): string {
  const numbers = new Map<TokenStats, number>()
  const stored: Stored = { t: [], k: [] }
  for (const [key, texts] of split) {
    const refs = texts.map((stats) => {
      let n = numbers.get(stats)
      if (n === undefined) {
        n = stored.t.length
        numbers.set(stats, n)
        stored.t.push([wordsOf(stats).join(' '), Array.from(stats.counts)])
      }
      return n
    })
    stored.k.push([key, refs])
  }
  return JSON.stringify(stored)
}

function wordsOf({ vocabulary, ids }: TokenStats): string[] {
  return Array.from(ids, (id) => vocabulary.words[id] ?? '')
}

/** Reads stored lists back into `vocabulary`; undefined when the text is not such lists. */
export function loadTexts(
  json: string,
  vocabulary: Vocabulary,
): Map<string, TokenStats[]> | undefined {
  let value: unknown
  try {
    value = JSON.parse(json)
  } catch {
    return undefined
  }
  if (!isStored(value)) return undefined
  const texts = value.t.map(([words, counts]) => statsFrom(words, counts, vocabulary))
  const split = new Map<string, TokenStats[]>()
  for (const [key, refs] of value.k) {
    const list = refs.map((n) => texts[n])
    if (!list.every((stats): stats is TokenStats => stats !== undefined)) return undefined
    split.set(key, list)
  }
  return split
}

/** Numbers words in this process's vocabulary, ascending like tokenStats makes them. */
function statsFrom(words: string, counts: number[], vocabulary: Vocabulary): TokenStats {
  const pairs = (words === '' ? [] : words.split(' ')).map((word, i): [number, number] => [
    vocabulary.idOf(word),
    counts[i] ?? 0,
  ])
  pairs.sort((a, b) => a[0] - b[0])
  return {
    vocabulary,
    ids: Uint32Array.from(pairs, (pair) => pair[0]),
    counts: Uint32Array.from(pairs, (pair) => pair[1]),
  }
}

function isStored(value: unknown): value is Stored {
  if (typeof value !== 'object' || value === null) return false
  const t: unknown = Reflect.get(value, 't')
  const k: unknown = Reflect.get(value, 'k')
  return Array.isArray(t) && Array.isArray(k) && t.every(isPair) && k.every(isPair)
}

/** `[string, numbers]`. */
function isPair(value: unknown): boolean {
  return (
    Array.isArray(value) &&
    value.length === 2 &&
    typeof value[0] === 'string' &&
    Array.isArray(value[1]) &&
    value[1].every((n) => Number.isInteger(n) && n >= 0)
  )
}
