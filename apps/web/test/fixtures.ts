import type {
  Article,
  ArticleCard,
  Deal,
  PublicComment,
  TextBlock,
} from '@repo/content/view-models'

/** A text block with one span per entry of `spans` (`[text, marks]`). */
export function block(
  key: string,
  spans: [string, string[]?][],
  extra: Partial<TextBlock> = {},
): TextBlock {
  return {
    _type: 'block',
    _key: key,
    style: 'normal',
    markDefs: [],
    children: spans.map(([text, marks = []], index) => ({
      _type: 'span',
      _key: `${key}-${index}`,
      text,
      marks,
    })),
    ...extra,
  }
}

export const deal: Deal = {
  id: 'deal-free-shipping',
  revision: 'rev1',
  label: "Today's deal",
  message: 'free shipping on all orders',
  emoji: '🥳',
  href: null,
  startsAt: null,
  endsAt: null,
}

export const card: ArticleCard = {
  id: 'article-1',
  title: 'How to Prevent Lower Back Pain After Exercise',
  slug: 'how-to-prevent-lower-back-pain-after-exercise',
  excerpt: 'Why your lower back aches after a workout, and what helps.',
  publishedAt: '2025-03-04T09:00:00Z',
  author: { name: 'Dana Reyes', slug: 'dana-reyes', credentials: 'Physical therapist, DPT' },
  categories: [{ title: 'Fitness', slug: 'fitness' }],
  readingMinutes: 7,
  heroImage: null,
}

export const article: Article = {
  ...card,
  body: [block('p1', [['Hello']])],
  headings: [],
  authorProfile: null,
  medicalReviewer: null,
  reviewedAt: null,
  updatedAt: '2025-03-05T09:00:00Z',
  commentsEnabled: true,
  approvedCommentCount: 0,
  seo: {
    title: 'How to Prevent Lower Back Pain After Exercise',
    description: 'Why it aches.',
    image: null,
  },
  categoryIds: ['category-fitness'],
}

export function comment(
  id: string,
  authorName: string,
  body: string,
  submittedAt: string,
): PublicComment {
  return { id, authorName, body, submittedAt }
}
