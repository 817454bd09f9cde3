import { describe, expect, it } from '@jest/globals'
import { card } from '@/test/fixtures'
import { buildFeed } from '../feed'

const SITE = {
  title: 'Stride & Strength Journal',
  description: 'Articles',
  siteUrl: 'https://shop.example',
}
const articles = [
  { ...card, updatedAt: '2025-03-05T09:00:00Z' },
  {
    ...card,
    id: 'article-2',
    slug: 'second',
    title: 'Ampersands & <angle> brackets',
    excerpt: 'Escaped <b>properly</b>',
    updatedAt: '2025-02-01T00:00:00Z',
  },
]

function parse(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, 'application/xml')
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0)
  return doc
}

const text = (parent: Element | Document, tag: string) =>
  [...parent.getElementsByTagName(tag)].map((element) => element.textContent)

describe('feeds', () => {
  it('RSS 2.0 lists each article with its title, link, date and summary', () => {
    const doc = parse(buildFeed(SITE, articles).rss2())
    expect(doc.documentElement.tagName).toBe('rss')
    expect(doc.documentElement.getAttribute('version')).toBe('2.0')
    const items = [...doc.getElementsByTagName('item')]
    expect(items).toHaveLength(2)
    const [first, second] = items
    if (!first || !second) throw new Error('items missing')
    expect(text(first, 'title')).toEqual([card.title])
    expect(text(first, 'link')).toEqual([`https://shop.example/blog/${card.slug}`])
    expect(text(first, 'description')).toEqual([card.excerpt])
    expect(text(second, 'title')).toEqual(['Ampersands & <angle> brackets'])
    expect(text(second, 'description')).toEqual(['Escaped <b>properly</b>'])
    expect(Date.parse(text(first, 'pubDate')[0] ?? '')).toBe(Date.parse(card.publishedAt))
  })

  it('Atom 1.0 has the same entries, and says when the feed last changed from the content', () => {
    const doc = parse(buildFeed(SITE, articles).atom1())
    expect(doc.documentElement.tagName).toBe('feed')
    expect(doc.documentElement.namespaceURI).toBe('http://www.w3.org/2005/Atom')
    const entries = [...doc.getElementsByTagName('entry')]
    expect(entries.map((entry) => text(entry, 'title')[0])).toEqual([
      card.title,
      'Ampersands & <angle> brackets',
    ])
    expect(text(entries[0] as Element, 'summary')).toEqual([card.excerpt])
    const feedUpdated = [...doc.documentElement.children].find((el) => el.tagName === 'updated')
    expect(feedUpdated?.textContent).toBe('2025-03-05T09:00:00.000Z')
  })
})
