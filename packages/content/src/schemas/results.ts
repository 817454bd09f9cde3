/**
 * One zod schema per query in queries.ts, describing the raw GROQ result (null where GROQ gives
 * null). test/typegen-agreement.types.ts proves each agrees with its TypeGen result type.
 */
import { z } from 'zod'
import { bodySchema } from './portable-text'
import {
  authorProfileSchema,
  authorSummarySchema,
  categorySchema,
  dateTimeSchema,
  imageProjectionSchema,
  safeHrefSchema,
} from './primitives'

/** The card fields every article list selects. */
export const articleCardResultSchema = z.object({
  _id: z.string(),
  _type: z.literal('article'),
  title: z.string().min(1),
  slug: z.string().min(1),
  excerpt: z.string(),
  publishedAt: dateTimeSchema,
  heroImage: imageProjectionSchema.nullable(),
  author: authorSummarySchema,
  categories: z.array(categorySchema).nullable(),
  wordCount: z.number().int().min(0),
})

/** A published article as the article page needs it. */
export const articleSchema = articleCardResultSchema.extend({
  _updatedAt: dateTimeSchema,
  body: bodySchema,
  authorProfile: authorProfileSchema,
  medicalReviewer: authorSummarySchema.nullable(),
  reviewedAt: dateTimeSchema.nullable(),
  commentsEnabled: z.boolean().nullable(),
  approvedCommentCount: z.number().int().min(0),
  seo: z
    .object({
      title: z.string().nullable(),
      description: z.string().nullable(),
      image: imageProjectionSchema.nullable(),
    })
    .nullable(),
})

export const articleResultSchema = articleSchema.nullable()

export const articleListResultSchema = z.object({
  items: z.array(articleCardResultSchema),
  total: z.number().int().min(0),
})

export const relatedArticlesResultSchema = z.array(articleCardResultSchema)

export const categoryWithArticlesSchema = categorySchema.extend({
  articles: z.array(articleCardResultSchema),
})

export const categoryResultSchema = categoryWithArticlesSchema.nullable()

export const categoryListResultSchema = z.array(categorySchema)

export const activeDealResultSchema = z.object({
  _id: z.string(),
  _type: z.literal('deal'),
  _rev: z.string().min(1),
  label: z.string().min(1),
  message: z.string().min(1),
  emoji: z.string().nullable(),
  link: safeHrefSchema.nullable(),
  startsAt: dateTimeSchema.nullable(),
  endsAt: dateTimeSchema.nullable(),
})

export const dealBoundarySchema = z.object({
  startsAt: z.string().nullable(),
  endsAt: z.string().nullable(),
})

export const dealsResultSchema = z.object({
  active: activeDealResultSchema.nullable(),
  boundaries: z.array(dealBoundarySchema),
})

export const approvedCommentResultSchema = z.object({
  _id: z.string(),
  _type: z.literal('comment'),
  authorName: z.string().min(1),
  body: z.string().min(1),
  submittedAt: dateTimeSchema,
})

export const approvedCommentsResultSchema = z.array(approvedCommentResultSchema)

export const siteSettingsSchema = z.object({
  _id: z.literal('siteSettings'),
  _type: z.literal('siteSettings'),
  title: z.string().min(1),
  description: z.string(),
  navigation: z
    .array(z.object({ _key: z.string(), label: z.string().min(1), href: safeHrefSchema }))
    .nullable(),
  footer: z.string().nullable(),
  defaultShareImage: imageProjectionSchema.nullable(),
})

export const siteSettingsResultSchema = siteSettingsSchema.nullable()

export const articleSlugsResultSchema = z.array(z.string().min(1))

export type ArticleCardResult = z.output<typeof articleCardResultSchema>
export type ArticleResult = z.output<typeof articleSchema>
export type CategoryResult = z.output<typeof categorySchema>
export type ActiveDealResult = z.output<typeof activeDealResultSchema>
export type DealBoundary = z.output<typeof dealBoundarySchema>
export type ApprovedCommentResult = z.output<typeof approvedCommentResultSchema>
export type SiteSettingsResult = z.output<typeof siteSettingsSchema>

/** A deal as the deals page lists it (its full terms). */
export const dealTermsResultSchema = activeDealResultSchema.omit({ _rev: true })

export const dealsPageResultSchema = z.object({
  live: z.array(dealTermsResultSchema),
  upcoming: z.array(dealTermsResultSchema),
  boundaries: z.array(dealBoundarySchema),
})

export const searchHitResultSchema = articleCardResultSchema.extend({ bodyText: z.string() })

export const searchArticlesResultSchema = z.object({
  items: z.array(searchHitResultSchema),
  total: z.number().int().min(0),
})

export const feedArticleResultSchema = articleCardResultSchema.extend({
  _updatedAt: dateTimeSchema,
})

export const feedArticlesResultSchema = z.array(feedArticleResultSchema)

export const sitemapResultSchema = z.object({
  articles: z.array(
    z.object({
      slug: z.string().min(1),
      _updatedAt: dateTimeSchema,
      images: z.array(imageProjectionSchema.nullable()),
    }),
  ),
  categories: z.array(z.object({ slug: z.string().min(1), _updatedAt: dateTimeSchema })),
  dealsUpdatedAt: dateTimeSchema.nullable(),
})

export type DealTermsResult = z.output<typeof dealTermsResultSchema>
export type SearchHitResult = z.output<typeof searchHitResultSchema>
export type FeedArticleResult = z.output<typeof feedArticleResultSchema>
export type SitemapResult = z.output<typeof sitemapResultSchema>
