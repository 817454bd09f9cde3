/**
 * Turns what a reader typed into search terms. The terms reach GROQ only as the `$terms`
 * parameter of searchArticlesQuery, as `match` patterns made of letters and digits (plus the
 * `*` wildcard added here), so no input can change the query. The storefront highlights with the
 * same words, so what is marked is what was matched.
 */

/** Longer input is refused with a message rather than cut (no one types 200 characters). */
export const MAX_QUERY_LENGTH = 200
const MAX_TERMS = 8
const MAX_TERM_LENGTH = 40
/** Terms this short match whole words only; longer ones also match words they begin. */
const PREFIX_FROM = 3

// Common English words that would match nearly every article.
const STOP_WORDS = new Set(
  `a about after again all also am an and any are as at be because been before being between
  both but by can could did do does doing down during each few for from further had has have
  having he her here hers him his how i if in into is it its itself just me more most my no nor
  not now of off on once only or other our ours out over own same she should so some such than
  that the their theirs them then there these they this those through to too under until up very
  was we were what when where which while who whom why will with would you your yours`.split(/\s+/),
)

export type SearchQuery =
  | { ok: true; words: string[]; patterns: string[] }
  | { ok: false; reason: 'empty' | 'too-long' | 'only-common-words' }

/** Lower case without accents: how words are compared for stop words and highlighting. */
export function foldWord(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
}

/** Splits text into words the way the search sees them (letters and digits). */
export function splitWords(text: string): string[] {
  return text
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
}

/**
 * A word's pattern matches the folded copy of each article (search-text.ts), so it is folded the
 * same way: "Crème" and "creme" both become `creme*` and find "crème" on any GROQ engine, whether
 * or not its `match` folds accents (the local lake's does; groq-js and Sanity's hosted one do not).
 */
function toPattern(word: string): string {
  const pattern = foldWord(word)
  return word.length >= PREFIX_FROM ? `${pattern}*` : pattern
}

/** The reader's words and their match patterns, or why there is nothing to search for. */
export function parseSearchQuery(raw: string): SearchQuery {
  if (raw.length > MAX_QUERY_LENGTH) return { ok: false, reason: 'too-long' }
  const words = [...new Set(splitWords(raw).map((word) => word.toLowerCase()))]
  if (words.length === 0) return { ok: false, reason: 'empty' }
  const kept = words
    .filter((word) => !STOP_WORDS.has(foldWord(word)))
    .slice(0, MAX_TERMS)
    .map((word) => word.slice(0, MAX_TERM_LENGTH))
  if (kept.length === 0) return { ok: false, reason: 'only-common-words' }
  return { ok: true, words: kept, patterns: kept.map(toPattern) }
}

/** Whether a word of the text is one the search matched (for highlighting). */
export function matchesSearchWord(textWord: string, words: string[]): boolean {
  const folded = foldWord(textWord)
  return words.some((word) => {
    const term = foldWord(word)
    return word.length >= PREFIX_FROM ? folded.startsWith(term) : folded === term
  })
}
