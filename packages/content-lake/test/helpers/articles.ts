import type { SanityDocument } from '../../src/json'

const WORDS = ['back', 'pain', 'stretch', 'core', 'walk', 'hips', 'desk', 'sleep', 'knees']

/** The search the word-index tests run: the storefront's shape (filter, score, order, slice). */
export const SEARCH = `*[_type == "article" && [title, excerpt, pt::text(body)] match $terms]
  | score(boost(title match $terms, 6), boost(excerpt match $terms, 3), pt::text(body) match $terms)
  | order(_score desc, _id asc)[0...10]{_id, _score}`

/** A published article made of a few common words; its title ends with its number. */
export function article(i: number, random: () => number): SanityDocument {
  const words = (n: number) =>
    Array.from({ length: n }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ')
  return {
    _id: `article-${i}`,
    _type: 'article',
    _rev: 'r0',
    _createdAt: '2025-01-01T00:00:00Z',
    _updatedAt: '2025-01-01T00:00:00Z',
    title: `${words(3)} ${i}`,
    excerpt: words(8),
    body: [1, 2, 3].map((n) => ({
      _type: 'block',
      _key: `b${n}`,
      children: [{ _type: 'span', _key: `s${n}`, text: words(40) }],
    })),
  }
}
