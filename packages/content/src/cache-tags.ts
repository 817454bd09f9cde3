/**
 * Cache tag names, defined once. The storefront's loaders tag each cached read with `queryTags`
 * (the cache lives there, not in the content client); its webhook route expires
 * `tagsForDocument(changed)`. A tag is listed on a read when a change to that kind of document
 * can change its result.
 */

export const TAGS = {
  articles: 'articles',
  authors: 'authors',
  categories: 'categories',
  deals: 'deals',
  siteSettings: 'site-settings',
  /** The related-articles block on article pages: refreshed in the background, never at once. */
  relatedArticles: 'related-articles',
} as const

export const articleTag = (slug: string) => `article:${slug}`
export const categoryTag = (slug: string) => `category:${slug}`
export const commentsTag = (articleId: string) => `comments:${articleId}`

/** The tags of each cached ContentClient read. */
export const queryTags = {
  // The page embeds its author and categories and counts approved comments (see tagsForDocument).
  article: (slug: string) => [articleTag(slug), TAGS.authors, TAGS.categories],
  articleList: () => [TAGS.articles, TAGS.authors, TAGS.categories],
  // Its own tag, so that a new article does not expire every other article's page at once.
  relatedArticles: () => [TAGS.relatedArticles],
  category: (slug: string) => [categoryTag(slug), TAGS.categories, TAGS.articles, TAGS.authors],
  categoryList: () => [TAGS.categories],
  deals: () => [TAGS.deals],
  approvedComments: (articleId: string) => [commentsTag(articleId)],
  siteSettings: () => [TAGS.siteSettings],
  // Results show bylines and categories: a renamed author or category changes them.
  search: () => [TAGS.articles, TAGS.authors, TAGS.categories],
  feed: () => [TAGS.articles, TAGS.authors, TAGS.categories],
  sitemap: () => [TAGS.articles, TAGS.categories, TAGS.deals],
}

/** What the webhook sends about a changed document (see WEBHOOK_PROJECTION). */
export interface ChangedDocument {
  _type: string
  _id: string
  /** The slug after the change (`slug.current`). */
  slug?: string | null
  /** The slug before the change, so that a renamed article's old page is dropped too. */
  previousSlug?: string | null
  /** For a comment: the article it belongs to, with that article's slug. */
  article?: { _ref?: string | null; slug?: string | null } | null
  /** For a comment: its status after the change (null once deleted); absent when not sent. */
  status?: string | null
  /** For a comment: its status before the change (null when just created); absent when not sent. */
  previousStatus?: string | null
}

/** The GROQ projection for the Content Lake webhook whose body `tagsForDocument` reads. */
export const WEBHOOK_PROJECTION =
  '{_type, _id, "slug": slug.current, "previousSlug": before().slug.current, "article": {"_ref": article._ref, "slug": article->slug.current}, "status": after().status, "previousStatus": before().status}'

/** The document types the storefront renders, apart from comments (see WEBHOOK_FILTER). */
const RENDERED_TYPES = ['article', 'author', 'category', 'deal', 'siteSettings']

/**
 * The GROQ filter for the Content Lake webhook: every change to a rendered document, but a comment
 * only when readers can see the change (it is, or was, approved). Unmoderated comments and spam
 * then never reach the storefront, so they cannot expire its cached pages.
 */
export const WEBHOOK_FILTER = `_type in ${JSON.stringify(RENDERED_TYPES)} || (_type == "comment" && (before().status == "approved" || after().status == "approved"))`

const present = (values: (string | null | undefined)[]) =>
  values.filter((value): value is string => typeof value === 'string' && value.length > 0)

function slugTags(doc: ChangedDocument, tag: (slug: string) => string): string[] {
  return [...new Set(present([doc.slug, doc.previousSlug]))].map(tag)
}

/**
 * Whether a comment change shows on the site: only approved comments are shown. A sender that
 * does not say (a webhook with an older projection) is taken to mean yes, so nothing goes stale.
 */
function readersSeeChange({ status, previousStatus }: ChangedDocument): boolean {
  if (status === undefined && previousStatus === undefined) return true
  return status === 'approved' || previousStatus === 'approved'
}

/**
 * The cache tags a created, changed or deleted document affects at once: the next load of a page
 * carrying one renders afresh.
 */
export function tagsForDocument(doc: ChangedDocument): string[] {
  // The storefront reads the published perspective only: drafts and release versions never show.
  if (doc._id.startsWith('drafts.') || doc._id.startsWith('versions.')) return []
  switch (doc._type) {
    case 'article':
      return [TAGS.articles, ...slugTags(doc, articleTag)]
    case 'author':
      // Bylines appear on article pages, in every article list and in related-article blocks.
      return [TAGS.authors, TAGS.articles, TAGS.relatedArticles]
    case 'category':
      return [TAGS.categories, ...slugTags(doc, categoryTag), TAGS.articles, TAGS.relatedArticles]
    case 'comment': {
      if (!readersSeeChange(doc)) return []
      const articleId = doc.article?._ref
      const articleSlug = doc.article?.slug
      return present([articleId && commentsTag(articleId), articleSlug && articleTag(articleSlug)])
    }
    case 'deal':
      return [TAGS.deals]
    case 'siteSettings':
      return [TAGS.siteSettings]
    default:
      return []
  }
}

/**
 * The cache tags a document change refreshes in the background (stale-while-revalidate): a new or
 * changed article may enter the related-articles block of any other article, and refreshing those
 * pages at once after every publish would make a bulk import a full re-render of the catalogue.
 */
export function backgroundTagsForDocument(doc: ChangedDocument): string[] {
  if (doc._id.startsWith('drafts.') || doc._id.startsWith('versions.')) return []
  return doc._type === 'article' ? [TAGS.relatedArticles] : []
}
