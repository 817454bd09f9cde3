import type { SanityDocument } from '../src/json'

const WORDS =
  'back pain stretch core strength posture recovery hip mobility warm up cool down spine muscle exercise rest sleep walk lift form breathing'.split(
    ' ',
  )
const STAMP = '2025-01-01T00:00:00Z'

function sentence(seed: number, words: number): string {
  return Array.from({ length: words }, (_, i) => WORDS[(seed * 7 + i * 13) % WORDS.length]).join(
    ' ',
  )
}

function block(key: string, text: string, style = 'normal'): Record<string, unknown> {
  return {
    _key: key,
    _type: 'block',
    style,
    markDefs: [],
    children: [{ _key: `${key}s`, _type: 'span', marks: [], text }],
  }
}

/** A storefront blog dataset of `size` documents: 2% authors, 1% categories, the rest articles (~2 KB each). */
export function generateDataset(size: number): {
  docs: SanityDocument[]
  slugs: string[]
  articleIds: string[]
} {
  const authors = Math.max(1, Math.floor(size * 0.02))
  const categories = Math.max(1, Math.floor(size * 0.01))
  const docs: SanityDocument[] = []
  const base = { _rev: 'bench', _createdAt: STAMP, _updatedAt: STAMP }
  for (let i = 0; i < authors; i++) {
    docs.push({
      ...base,
      _id: `author-${i}`,
      _type: 'author',
      name: `Author ${i}`,
      slug: { _type: 'slug', current: `author-${i}` },
      credentials: 'Physical therapist, DPT',
    })
  }
  for (let i = 0; i < categories; i++) {
    docs.push({
      ...base,
      _id: `category-${i}`,
      _type: 'category',
      title: `Category ${i}`,
      slug: { _type: 'slug', current: `category-${i}` },
    })
  }
  const slugs: string[] = []
  const articleIds: string[] = []
  for (let i = 0; docs.length < size; i++) {
    const slug = `article-${i}-${sentence(i, 3).replace(/ /g, '-')}`
    slugs.push(slug)
    articleIds.push(`article-${i}`)
    docs.push({
      ...base,
      _id: `article-${i}`,
      _type: 'article',
      title: sentence(i, 8),
      slug: { _type: 'slug', current: slug },
      excerpt: sentence(i + 1, 30),
      publishedAt: new Date(Date.UTC(2020, 0, 1) + i * 3_600_000).toISOString(),
      author: { _type: 'reference', _ref: `author-${i % authors}` },
      categories: [0, 1].map((k) => ({
        _key: `c${k}`,
        _type: 'reference',
        _ref: `category-${(i + k) % categories}`,
      })),
      body: [
        block('b0', sentence(i, 40)),
        block('b1', sentence(i + 2, 6), 'h2'),
        block('b2', sentence(i + 3, 50)),
        block('b3', sentence(i + 4, 45)),
        block('b4', sentence(i + 5, 30)),
      ],
      seo: { title: sentence(i, 6), description: sentence(i + 6, 20) },
      commentsEnabled: i % 3 !== 0,
    } as SanityDocument)
  }
  return { docs, slugs, articleIds }
}
