import { describe, expect, it } from '@jest/globals'
import { backgroundTagsForDocument, queryTags, tagsForDocument, TAGS } from '../src/cache-tags'

describe('tagsForDocument', () => {
  it('expires an article page and every article list at once when an article changes', () => {
    expect(tagsForDocument({ _type: 'article', _id: 'a1', slug: 'back-pain' })).toEqual([
      'articles',
      'article:back-pain',
    ])
  })

  it('leaves the related-articles blocks of other pages to a background refresh', () => {
    const article = { _type: 'article', _id: 'a1', slug: 'back-pain' }
    expect(tagsForDocument(article)).not.toContain('related-articles')
    expect(backgroundTagsForDocument(article)).toEqual(['related-articles'])
    expect(backgroundTagsForDocument({ ...article, _id: 'drafts.a1' })).toEqual([])
    expect(backgroundTagsForDocument({ _type: 'deal', _id: 'd1' })).toEqual([])
  })

  it('keeps the tags of an article page free of the article list, so a publish spares it', () => {
    expect(queryTags.article('s')).not.toContain(TAGS.articles)
    expect(queryTags.relatedArticles()).toEqual([TAGS.relatedArticles])
  })

  it('also drops the old page of a renamed article', () => {
    expect(
      tagsForDocument({ _type: 'article', _id: 'a1', slug: 'new', previousSlug: 'old' }),
    ).toEqual(['articles', 'article:new', 'article:old'])
  })

  it('reaches article pages and lists when an author changes', () => {
    expect(tagsForDocument({ _type: 'author', _id: 'au1' })).toEqual([
      'authors',
      'articles',
      'related-articles',
    ])
  })

  it('reaches the category page, category lists and articles when a category changes', () => {
    expect(tagsForDocument({ _type: 'category', _id: 'c1', slug: 'back-health' })).toEqual([
      'categories',
      'category:back-health',
      'articles',
      'related-articles',
    ])
  })

  it('refreshes the comments and the comment count of the article a comment belongs to', () => {
    expect(
      tagsForDocument({ _type: 'comment', _id: 'cm1', article: { _ref: 'a1', slug: 'back-pain' } }),
    ).toEqual(['comments:a1', 'article:back-pain'])
    expect(tagsForDocument({ _type: 'comment', _id: 'cm1', article: { _ref: 'a1' } })).toEqual([
      'comments:a1',
    ])
  })

  it('maps deals and site settings to their own tags', () => {
    expect(tagsForDocument({ _type: 'deal', _id: 'd1' })).toEqual(['deals'])
    expect(tagsForDocument({ _type: 'siteSettings', _id: 'siteSettings' })).toEqual([
      'site-settings',
    ])
  })

  it('ignores drafts, release versions and unknown types', () => {
    expect(tagsForDocument({ _type: 'article', _id: 'drafts.a1', slug: 'x' })).toEqual([])
    expect(tagsForDocument({ _type: 'article', _id: 'versions.r1.a1', slug: 'x' })).toEqual([])
    expect(tagsForDocument({ _type: 'sanity.imageAsset', _id: 'image-abc' })).toEqual([])
  })

  it('covers every tag a query carries, so every cached read can be revalidated', () => {
    const reachable = new Set(
      [
        { _type: 'article', _id: 'a', slug: 's' },
        { _type: 'author', _id: 'au' },
        { _type: 'category', _id: 'c', slug: 's' },
        { _type: 'comment', _id: 'cm', article: { _ref: 'a', slug: 's' } },
        { _type: 'deal', _id: 'd' },
        { _type: 'siteSettings', _id: 'siteSettings' },
      ].flatMap(tagsForDocument),
    )
    const carried = [
      ...queryTags.article('s'),
      ...queryTags.articleList(),
      ...queryTags.relatedArticles(),
      ...queryTags.category('s'),
      ...queryTags.categoryList(),
      ...queryTags.deals(),
      ...queryTags.approvedComments('a'),
      ...queryTags.siteSettings(),
      ...queryTags.search(),
      ...queryTags.feed(),
      ...queryTags.sitemap(),
    ]
    expect(carried.filter((tag) => !reachable.has(tag))).toEqual([])
    expect(Object.values(TAGS).every((tag) => reachable.has(tag))).toBe(true)
  })
})
