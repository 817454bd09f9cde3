import { matchesSearchWord, splitWords } from '@repo/content/search-terms'
import { Fragment } from 'react'

// Captures words so that split() keeps them and the text between them, in order.
const WORD = /([\p{L}\p{N}]+)/u

/**
 * The text with the searched words in `<mark>`. React escapes every piece, so markup in an
 * article (or in the query) is shown as text, never interpreted.
 */
export function Highlight({ text, words }: { text: string; words: string[] }) {
  const parts = text.normalize('NFC').split(WORD)
  return (
    <>
      {parts.map((part, index) =>
        index % 2 === 1 && matchesSearchWord(part, words) ? (
          <mark key={index}>{part}</mark>
        ) : (
          <Fragment key={index}>{part}</Fragment>
        ),
      )}
    </>
  )
}

const SNIPPET_WORDS = 32

/** About 32 words of the body around its first matched word (the start when none matches). */
export function snippet(bodyText: string, words: string[]): string {
  const all = bodyText.split(/\s+/).filter(Boolean)
  const first = all.findIndex((token) =>
    splitWords(token).some((word) => matchesSearchWord(word, words)),
  )
  const start = Math.max(0, first - Math.floor(SNIPPET_WORDS / 3))
  const text = all.slice(start, start + SNIPPET_WORDS).join(' ')
  return `${start > 0 ? '… ' : ''}${text}${start + SNIPPET_WORDS < all.length ? ' …' : ''}`
}
