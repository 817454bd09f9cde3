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
 * wildcard there too), tested once per vocabulary word and remembered.
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
  // Per vocabulary: 1 matches, 0 does not, undefined not yet tested (the vocabulary grows).
  const known = new WeakMap<Vocabulary, Array<0 | 1>>()
  return ({ vocabulary, ids, counts }) => {
    let tested = known.get(vocabulary)
    if (!tested) {
      tested = []
      known.set(vocabulary, tested)
    }
    let sum = 0
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i] ?? 0
      let hit = tested[id]
      if (hit === undefined) {
        hit = re.test(vocabulary.words[id] ?? '') ? 1 : 0
        tested[id] = hit
      }
      if (hit === 1) sum += counts[i] ?? 0
    }
    return sum
  }
}
