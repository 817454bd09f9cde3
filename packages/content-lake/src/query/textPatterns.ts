import { foldText, type TokenStats, type Vocabulary } from './textTokens'

// groq-js's pattern characters (its word characters plus the `*` wildcard) and its term length cap.
const TERM = /([^!@#$%^&(),\\/?";:{}|[\]+<>\s-])+/g
const EDGE_DOTS = /(\b\.+|\.+\b)/g
const MAX_TERM_LENGTH = 1024

/** One term of a `match` pattern: how many words of a text it matches, counting repeats. */
export type Term = (stats: TokenStats) => number

/**
 * The terms of a pattern value as groq-js reads them (a string, or an array of strings; anything else
 * fails), folded like the text. Each term is groq-js's `^term$` with `*` as `.*` (a `.` stays a
 * wildcard there too), tested once per vocabulary word; the words it matches are then looked up in
 * each text's sorted word numbers, so a search costs a few lookups per text, not a pass over its words.
 */
export function compileTerms(pattern: unknown): Term[] | null {
  const parts = typeof pattern === 'string' ? [pattern] : Array.isArray(pattern) ? pattern : null
  if (parts === null || !parts.every((part): part is string => typeof part === 'string'))
    return null
  return parts.flatMap((part) =>
    (foldText(part).replace(EDGE_DOTS, '').match(TERM) ?? []).map((term) =>
      compileTerm(term.slice(0, MAX_TERM_LENGTH)),
    ),
  )
}

function compileTerm(term: string): Term {
  const re = new RegExp(`^${term.replace(/\*/g, '.*')}$`, 'i')
  const known = new WeakMap<Vocabulary, MatchedWords>()
  return ({ vocabulary, ids, counts }) => {
    let matched = known.get(vocabulary)
    if (!matched) {
      matched = { tested: 0, ids: [], flags: [] }
      known.set(vocabulary, matched)
    }
    const words = matchedWords(matched, vocabulary, re)
    let sum = 0
    // A term usually matches a few words of the vocabulary and a text has hundreds: look those up.
    if (words.length * 8 < ids.length) {
      for (const id of words) {
        const at = indexOf(ids, id)
        if (at >= 0) sum += counts[at] ?? 0
      }
      return sum
    }
    // A broad wildcard ("b*") matches many: one pass over the text's words instead.
    for (let i = 0; i < ids.length; i++) if (matched.flags[ids[i] ?? 0]) sum += counts[i] ?? 0
    return sum
  }
}

/** The vocabulary words a term matches among the first `tested`: their numbers, ascending, and flags. */
interface MatchedWords {
  tested: number
  ids: number[]
  flags: boolean[]
}

/** Tests the words added to the vocabulary since last time (each word once per term). */
function matchedWords(matched: MatchedWords, vocabulary: Vocabulary, re: RegExp): number[] {
  const { words } = vocabulary
  for (let id = matched.tested; id < words.length; id++) {
    const hit = re.test(words[id] ?? '')
    matched.flags[id] = hit
    if (hit) matched.ids.push(id)
  }
  matched.tested = words.length
  return matched.ids
}

/** Where `id` is in the ascending `ids`, or -1. */
function indexOf(ids: Uint32Array, id: number): number {
  let low = 0
  let high = ids.length - 1
  while (low <= high) {
    const mid = (low + high) >>> 1
    const at = ids[mid] ?? 0
    if (at === id) return mid
    if (at < id) low = mid + 1
    else high = mid - 1
  }
  return -1
}
