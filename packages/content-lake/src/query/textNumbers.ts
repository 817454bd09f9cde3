import type { Vocabulary } from './textTokens'

/** A word the store numbered but has not saved yet. */
export interface NumberedWord {
  n: number
  word: string
}

/**
 * Maps this process's vocabulary numbers to the numbers a data folder keeps its words under, so saved
 * word lists are numbers that read back without touching a string. The saved vocabulary is read once
 * (again if the process starts a fresh vocabulary). A new word gets the next number when a list holding
 * it is serialized, and every save writes all words numbered and not saved yet with its lists, in one
 * transaction: a saved list never names a number the saved vocabulary lacks.
 */
export class WordNumbers {
  private vocabulary: Vocabulary | undefined
  private fromStored: number[] = []
  private toStored: number[] = []
  private next = 0
  private fresh: NumberedWord[] = []

  constructor(private readonly readSaved: () => NumberedWord[]) {}

  /** The saved number of each of `ids` (numbering new words). */
  toSaved(vocabulary: Vocabulary, ids: Uint32Array): number[] {
    this.bind(vocabulary)
    return Array.from(ids, (id) => {
      let n = this.toStored[id]
      if (n === undefined) {
        n = this.next++
        this.toStored[id] = n
        this.fromStored[n] = id
        this.fresh.push({ n, word: vocabulary.words[id] ?? '' })
      }
      return n
    })
  }

  /** This process's number of each saved number; undefined if one is unknown (a damaged list). */
  fromSaved(vocabulary: Vocabulary, numbers: readonly number[]): number[] | undefined {
    this.bind(vocabulary)
    const ids: number[] = []
    for (const n of numbers) {
      const id = this.fromStored[n]
      if (id === undefined) return undefined
      ids.push(id)
    }
    return ids
  }

  /** The words numbered since the last call, to save with the lists that use them. */
  takeFresh(): NumberedWord[] {
    const fresh = this.fresh
    this.fresh = []
    return fresh
  }

  /** Gives back words whose save failed: they are saved with the next lists (which may use them). */
  putBack(words: readonly NumberedWord[]): void {
    this.fresh = [...words, ...this.fresh]
  }

  private bind(vocabulary: Vocabulary): void {
    if (this.vocabulary === vocabulary) return
    this.vocabulary = vocabulary
    this.fromStored = []
    this.toStored = []
    this.next = 0
    this.fresh = []
    for (const { n, word } of this.readSaved()) {
      const id = vocabulary.idOf(word)
      this.fromStored[n] = id
      this.toStored[id] = n
      this.next = Math.max(this.next, n + 1)
    }
  }
}
