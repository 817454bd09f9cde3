import { describe, expect, it } from '@jest/globals'
import { toSitemap } from '../sitemap-entries'

describe('toSitemap', () => {
  it('lists home, articles with images, categories and deals, lastmod from content', () => {
    const sitemap = toSitemap(
      {
        articles: [
          {
            slug: 'a',
            updatedAt: '2025-03-05T09:00:00Z',
            images: [
              {
                assetRef: 'image-x-10x10-png',
                alt: '',
                width: 10,
                height: 10,
                lqip: null,
                hotspot: null,
                crop: null,
              },
            ],
          },
          { slug: 'b', updatedAt: '2025-04-01T00:00:00Z', images: [] },
        ],
        categories: [{ slug: 'fitness', updatedAt: '2025-01-01T00:00:00Z' }],
        dealsUpdatedAt: null,
      },
      'https://shop.example',
      (image) => `https://img.example/${image.assetRef}?w=1200&fit=max`,
    )
    expect(sitemap).toEqual([
      { url: 'https://shop.example/', lastModified: '2025-04-01T00:00:00.000Z' },
      {
        url: 'https://shop.example/blog/a',
        lastModified: '2025-03-05T09:00:00Z',
        // Escaped for XML: Next writes these into the sitemap as they are.
        images: ['https://img.example/image-x-10x10-png?w=1200&amp;fit=max'],
      },
      { url: 'https://shop.example/blog/b', lastModified: '2025-04-01T00:00:00Z' },
      { url: 'https://shop.example/category/fitness', lastModified: '2025-01-01T00:00:00Z' },
      { url: 'https://shop.example/deals' },
    ])
  })
})
