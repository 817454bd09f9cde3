import { describe, expect, it } from '@jest/globals'
import type { ArticleCard } from '@repo/content/view-models'
import { render, screen } from '@testing-library/react'
import { card } from '@/test/fixtures'
import { ArticleList } from '../article-list'

const withThumb = (id: string): ArticleCard => ({
  ...card,
  id,
  slug: `${card.slug}-${id}`,
  heroImage: {
    assetRef: `image-${id}-1600x900-jpg`,
    alt: 'A runner stretching',
    width: 1600,
    height: 900,
    lqip: null,
    hotspot: null,
    crop: null,
  },
})

const ARTICLES = [withThumb('a1'), withThumb('a2'), withThumb('a3')]

/** The thumbnails' loading and fetch priority, in list order (they are decorative: alt=""). */
function thumbs() {
  return screen
    .getAllByRole('presentation')
    .map((img) => [img.getAttribute('loading'), img.getAttribute('fetchpriority')])
}

describe('ArticleList thumbnails', () => {
  it('loads the first thumbnail of a list that leads the page at once, with high priority', () => {
    render(<ArticleList articles={ARTICLES} leadsPage />)
    expect(thumbs()).toEqual([
      ['eager', 'high'],
      ['lazy', null],
      ['lazy', null],
    ])
  })

  it('keeps every thumbnail lazy in a list further down a page (related articles)', () => {
    render(<ArticleList articles={ARTICLES} headingLevel={3} />)
    expect(thumbs()).toEqual([
      ['lazy', null],
      ['lazy', null],
      ['lazy', null],
    ])
  })
})
