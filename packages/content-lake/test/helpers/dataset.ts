import type { SanityDocument } from '../../src/json'

/** A small deterministic PRNG (mulberry32), so generated datasets are the same on every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const stamp = '2025-01-01T00:00:00Z'

function doc(fields: Record<string, unknown> & { _id: string; _type: string }): SanityDocument {
  return { _rev: 'r0', _createdAt: stamp, _updatedAt: stamp, ...fields }
}

/**
 * A messy blog dataset for equivalence tests: articles with duplicate, missing and non-string slugs,
 * drafts that change type and slug, draft-only documents, release versions, and cross-references.
 */
export function messyDataset(seed = 42): SanityDocument[] {
  const random = prng(seed)
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)] as T
  const docs: SanityDocument[] = []
  for (let i = 0; i < 12; i++)
    docs.push(doc({ _id: `author-${i}`, _type: 'author', name: `Author ${i}` }))
  for (let i = 0; i < 6; i++)
    docs.push(doc({ _id: `category-${i}`, _type: 'category', title: `Category ${i}` }))
  for (let i = 0; i < 90; i++) {
    const slug =
      random() < 0.1
        ? undefined
        : random() < 0.05
          ? { current: i }
          : { current: `slug-${Math.floor(i * 0.9)}` }
    const article = {
      _id: `article-${i}`,
      _type: random() < 0.05 ? 'Article' : 'article',
      title: `Article ${i}`,
      slug,
      publishedAt:
        random() < 0.1
          ? null
          : `2024-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}T00:00:00Z`,
      author: { _type: 'reference', _ref: `author-${Math.floor(random() * 14)}` },
      categories: [0, 1, 2].slice(0, Math.floor(random() * 3)).map((k) => ({
        _key: `k${k}`,
        _type: 'reference',
        _ref: `category-${Math.floor(random() * 6)}`,
      })),
    }
    docs.push(doc(article))
    if (random() < 0.25)
      docs.push(
        doc({
          ...article,
          _id: `drafts.article-${i}`,
          title: `Draft ${i}`,
          slug: random() < 0.5 ? { current: `draft-slug-${i}` } : article.slug,
          _type: random() < 0.1 ? 'page' : article._type,
        }),
      )
    if (random() < 0.05)
      docs.push(doc({ ...article, _id: `versions.rABC.article-${i}`, title: `Version ${i}` }))
  }
  for (let i = 0; i < 15; i++)
    docs.push(
      doc({
        _id: `drafts.fresh-${i}`,
        _type: 'article',
        title: `Fresh ${i}`,
        slug: { current: `slug-${i}` },
      }),
    )
  for (let i = 0; i < 50; i++) {
    docs.push(
      doc({
        _id: `comment-${i}`,
        _type: 'comment',
        article: { _type: 'reference', _ref: `article-${Math.floor(random() * 95)}` },
        status: pick(['pending', 'approved']),
      }),
    )
  }
  return docs
}
