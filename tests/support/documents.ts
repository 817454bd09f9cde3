import { JSDOM } from 'jsdom'
import { readFileSync } from 'node:fs'
import { SEED_FILE } from './paths'

export type SeedDocument = Record<string, unknown> & { _id: string; _type: string }

/** The seed document with this id, freshly parsed (throws when missing). */
export function seedDocument(id: string): SeedDocument {
  for (const line of readFileSync(SEED_FILE, 'utf8').split('\n')) {
    if (!line.trim()) continue
    const doc = JSON.parse(line) as SeedDocument
    if (doc._id === id) return doc
  }
  throw new Error(`no seed document ${id}`)
}

/** A copy of a seed article under a new id, slug and title, with `words` as its only paragraph. */
export function articleCopy(
  id: string,
  fields: { slug: string; title: string; words: string; publishedAt?: string },
): SeedDocument {
  const base = seedDocument('article-desk-habits')
  return {
    ...base,
    _id: id,
    title: fields.title,
    slug: { _type: 'slug', current: fields.slug },
    publishedAt: fields.publishedAt ?? base.publishedAt,
    body: [
      {
        _type: 'block',
        _key: 'p1',
        style: 'normal',
        markDefs: [],
        children: [{ _type: 'span', _key: 's1', text: fields.words, marks: [] }],
      },
    ],
  }
}

/** Parses HTML or XML the way a browser would (jsdom), failing on XML errors. */
export function parseDocument(text: string, type: 'text/html' | 'application/xml'): Document {
  const doc = new new JSDOM('').window.DOMParser().parseFromString(text, type)
  if (doc.getElementsByTagName('parsererror').length > 0)
    throw new Error(`Not well-formed: ${text.slice(0, 200)}`)
  return doc
}

/** Every JSON-LD block of a page, parsed. */
export function jsonLdOf(html: string): unknown[] {
  const doc = parseDocument(html, 'text/html')
  return [...doc.querySelectorAll('script[type="application/ld+json"]')].map(
    (script) => JSON.parse(script.textContent ?? '') as unknown,
  )
}
