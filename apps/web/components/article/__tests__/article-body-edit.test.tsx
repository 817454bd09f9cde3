import { describe, expect, it } from '@jest/globals'
import type { BodyBlock } from '@repo/content/view-models'
import { render } from '@testing-library/react'
import { block } from '@/test/fixtures'
import { ArticleBody } from '../body/article-body'

const SITE = 'http://localhost:3000'
const BODY: BodyBlock[] = [
  block('p1', [['Plain paragraph.']]),
  block('h1', [['What causes it?']], { style: 'h2', anchorId: 'what-causes-it' }),
  block('q1', [['Stretch first.']], { style: 'blockquote' }),
  block('li1', [['Warm up']], { listItem: 'bullet', level: 1 }),
]

describe('ArticleBody click-to-edit attributes', () => {
  it('puts none in a shopper’s HTML', () => {
    const { container } = render(<ArticleBody body={BODY} siteUrl={SITE} />)
    expect(container.innerHTML).not.toContain('data-sanity')
  })

  it('names each block by its key in draft mode, list items included', () => {
    const edit = (path: string) => `path=${path}`
    const { container } = render(<ArticleBody body={BODY} siteUrl={SITE} edit={edit} />)
    const marked = [...container.querySelectorAll('[data-sanity]')].map((element) => [
      element.tagName,
      element.getAttribute('data-sanity'),
    ])
    expect(marked).toEqual([
      ['P', 'path=body[_key=="p1"]'],
      ['H2', 'path=body[_key=="h1"]'],
      ['BLOCKQUOTE', 'path=body[_key=="q1"]'],
      ['LI', 'path=body[_key=="li1"]'],
    ])
  })
})
