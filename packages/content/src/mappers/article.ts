import type { ArticleCardResult, ArticleResult } from '../schemas/results'
import type { Article, ArticleCard, AuthorSummary } from '../view-models'
import { toBodyBlocks } from './body'
import { withHeadingAnchors } from './headings'
import { toImageView } from './image'

const WORDS_PER_MINUTE = 200

/** Minutes of reading at 200 words a minute, at least one. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.ceil(words / WORDS_PER_MINUTE))
}

function toAuthorSummary(author: {
  name: string
  slug: string
  credentials: string | null
}): AuthorSummary {
  return { name: author.name, slug: author.slug, credentials: author.credentials }
}

/** An article list entry. */
export function toArticleCard(raw: ArticleCardResult): ArticleCard {
  return {
    id: raw._id,
    title: raw.title,
    slug: raw.slug,
    excerpt: raw.excerpt,
    publishedAt: raw.publishedAt,
    author: toAuthorSummary(raw.author),
    categories: (raw.categories ?? []).map((category) => ({
      title: category.title,
      slug: category.slug,
    })),
    readingMinutes: readingMinutes(raw.wordCount),
    heroImage: toImageView(raw.heroImage),
  }
}

/** The article page: the card plus body, table of contents, byline details and SEO fallbacks. */
export function toArticle(raw: ArticleResult): Article {
  const card = toArticleCard(raw)
  const { body, headings } = withHeadingAnchors(toBodyBlocks(raw.body))
  const profile = raw.authorProfile
  return {
    ...card,
    body,
    headings,
    authorProfile: { ...toAuthorSummary(profile), bio: profile.bio, sameAs: profile.sameAs ?? [] },
    medicalReviewer: raw.medicalReviewer ? toAuthorSummary(raw.medicalReviewer) : null,
    reviewedAt: raw.reviewedAt,
    updatedAt: raw._updatedAt,
    // The Studio's initial value is true; an article saved before the field existed keeps comments.
    commentsEnabled: raw.commentsEnabled ?? true,
    approvedCommentCount: raw.approvedCommentCount,
    seo: {
      title: raw.seo?.title?.trim() || raw.title,
      description: raw.seo?.description?.trim() || raw.excerpt,
      image: toImageView(raw.seo?.image) ?? card.heroImage,
    },
    categoryIds: (raw.categories ?? []).map((category) => category._id),
  }
}
