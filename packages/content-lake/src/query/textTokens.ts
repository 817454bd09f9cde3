/**
 * The words `match` sees in a text, as groq-js splits them (shared/matching.ts), after folding case
 * and accents: "Café" and "cafe" are the same word. Words are numbered in one vocabulary, and a text
 * is kept as its sorted distinct word numbers with their counts, so a search tests each distinct word
 * of the vocabulary once per term instead of re-tokenising every article's body for every query.
 */

// groq-js's word characters and its rule for dots at the edges of words.
const WORD = /([^!@#$%^&*(),\\/?";:{}|[\]+<>\s-])+/g
const EDGE_DOTS = /(\b\.+|\.+\b)/g
const NON_ASCII = /[^\p{ASCII}]/u

/** Lower case without combining marks (é → e, ñ → n): how the lake compares words in `match`. */
export function foldText(text: string): string {
  // Most text is ASCII, which has no marks to strip: skip the costly normalisation.
  if (!NON_ASCII.test(text)) return text.toLowerCase()
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
}

/** Folds, then splits as groq-js does (dots at word edges dropped). */
export function tokenize(text: string): string[] {
  return foldText(text).replace(EDGE_DOTS, '').match(WORD) ?? []
}

/** Every distinct folded word seen, numbered in order of first sight. */
export class Vocabulary {
  readonly words: string[] = []
  private readonly ids = new Map<string, number>()

  idOf(word: string): number {
    const known = this.ids.get(word)
    if (known !== undefined) return known
    const id = this.words.length
    this.words.push(word)
    this.ids.set(word, id)
    return id
  }
}

/** A text's distinct words (vocabulary numbers, ascending) and how often each occurs. */
export interface TokenStats {
  vocabulary: Vocabulary
  ids: Uint32Array
  counts: Uint32Array
}

let splits = 0

/** How many texts were split into words since the process started (tests check who splits). */
export function textsSplit(): number {
  return splits
}

export function tokenStats(text: string, vocabulary: Vocabulary): TokenStats {
  splits++
  const tokens = tokenize(text)
  const all = Uint32Array.from(tokens, (token) => vocabulary.idOf(token)).sort()
  const ids: number[] = []
  const counts: number[] = []
  for (const id of all) {
    if (ids[ids.length - 1] === id) counts[counts.length - 1] = (counts[counts.length - 1] ?? 0) + 1
    else {
      ids.push(id)
      counts.push(1)
    }
  }
  return { vocabulary, ids: Uint32Array.from(ids), counts: Uint32Array.from(counts) }
}
