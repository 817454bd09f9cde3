import { describe, expect, it } from '@jest/globals'
import { evaluate, parse } from 'groq-js'
import { ARTICLE_DRAFTS_FILTER, ARTICLES_IN_CATEGORY_FILTER } from '../articles'

async function ids(filter: string, dataset: object[], params = {}): Promise<unknown> {
  return (await evaluate(parse(`*[${filter}]._id`), { dataset, params })).get()
}

describe('ARTICLE_DRAFTS_FILTER', () => {
  it('finds drafts in the raw perspective', async () => {
    const dataset = [
      { _id: 'a1', _type: 'article' },
      { _id: 'drafts.a1', _type: 'article' },
      { _id: 'drafts.a2', _type: 'article' },
      { _id: 'drafts.c1', _type: 'category' },
    ]
    expect(await ids(ARTICLE_DRAFTS_FILTER, dataset)).toEqual(['drafts.a1', 'drafts.a2'])
  })

  it('finds drafts in the drafts perspective, where a draft carries the published id', async () => {
    const dataset = [
      { _id: 'a1', _originalId: 'drafts.a1', _type: 'article' },
      { _id: 'a3', _originalId: 'a3', _type: 'article' },
    ]
    expect(await ids(ARTICLE_DRAFTS_FILTER, dataset)).toEqual(['a1'])
  })
})

describe('ARTICLES_IN_CATEGORY_FILTER', () => {
  it('finds the articles that reference the category', async () => {
    const dataset = [
      { _id: 'a1', _type: 'article', categories: [{ _ref: 'fitness' }, { _ref: 'health' }] },
      { _id: 'a2', _type: 'article', categories: [{ _ref: 'health' }] },
      { _id: 'a3', _type: 'article' },
    ]
    expect(await ids(ARTICLES_IN_CATEGORY_FILTER, dataset, { categoryId: 'fitness' })).toEqual([
      'a1',
    ])
  })
})
