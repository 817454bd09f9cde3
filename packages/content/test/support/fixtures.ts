/** A valid raw result of articleBySlugQuery, to mutate in tests. */
export function rawArticle() {
  return {
    _id: 'article-1',
    _type: 'article',
    title: 'Strong backs',
    slug: 'strong-backs',
    excerpt: 'How to keep your back strong.',
    publishedAt: '2025-03-10T08:00:00.000Z',
    heroImage: {
      assetRef: 'image-abc123-1200x800-jpg',
      alt: 'A runner stretching',
      lqip: 'data:image/jpeg;base64,/9j/4AAQ',
      hotspot: { x: 0.3, y: 0.4, width: 0.2, height: 0.2 },
      crop: null,
    },
    author: { _id: 'author-1', _type: 'author', name: 'Maya', slug: 'maya', credentials: 'DPT' },
    categories: [
      {
        _id: 'cat-1',
        _type: 'category',
        title: 'Back health',
        slug: 'back-health',
        description: null,
      },
    ],
    wordCount: 401,
    _updatedAt: '2025-03-16T09:00:00.000Z',
    body: [
      block('b0', 'h2', 'Why it hurts'),
      block('b1', 'normal', 'Some text.'),
      block('b2', 'h3', 'Why it hurts'),
      {
        _type: 'block',
        _key: 'b3',
        style: 'normal',
        markDefs: [{ _type: 'link', _key: 'l1', href: '/blog/other' }],
        children: [
          { _type: 'span', _key: 's0', text: 'Read ', marks: ['strong'] },
          { _type: 'span', _key: 's1', text: 'this', marks: ['l1', 'em'] },
        ],
      },
      {
        _type: 'block',
        _key: 'b4',
        style: 'normal',
        listItem: 'bullet',
        level: 1,
        markDefs: [],
        children: [{ _type: 'span', _key: 's0', text: 'Item', marks: [] }],
      },
    ] as Record<string, unknown>[],
    authorProfile: {
      _id: 'author-1',
      _type: 'author',
      name: 'Maya',
      slug: 'maya',
      credentials: 'DPT',
      bio: 'Physical therapist.',
      sameAs: ['https://example.com/maya'],
    },
    medicalReviewer: null,
    reviewedAt: null,
    commentsEnabled: null,
    approvedCommentCount: 2,
    seo: { title: null, description: 'Custom description', image: null },
  }
}

/** A text block with one plain span. */
export function block(key: string, style: string, text: string) {
  return {
    _type: 'block',
    _key: key,
    style,
    markDefs: [],
    children: [{ _type: 'span', _key: `${key}s`, text, marks: [] }],
  }
}
