/**
 * The contract between the storefront and the content package: what a content client can do.
 * `createContentClient` (client.ts) implements it on top of @sanity/client.
 */
import type {
  Article,
  ArticleCard,
  Category,
  DealState,
  DealsPage,
  FeedArticle,
  Page,
  PublicComment,
  SearchHit,
  SiteSettings,
  SitemapEntries,
} from './view-models'

/** Why a content request did not give usable data. */
export type ContentError =
  | {
      /** A document came back but does not match its schema. */
      kind: 'invalid'
      /** The `_id` of the offending document, when the failing path lies inside one. */
      documentId: string | null
      /** Its `_type` (e.g. `article`, `author`), when known. */
      documentType?: string | null
      /** Where validation failed, e.g. `body[3].children[0].text`. */
      path: string
      message: string
      query: string
    }
  | {
      /** The Content Lake could not be reached or answered with an error. */
      kind: 'unavailable'
      status: number | null
      message: string
      query: string
    }

/** A body block the storefront cannot render: dropped, the rest of the document is still served. */
export interface DroppedBlock {
  documentId: string | null
  documentType: string | null
  /** Where the block sits in the stored document, e.g. `body[4]`. */
  path: string
  /** The unknown `_type`, e.g. `video`. */
  blockType: string
  query: string
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: ContentError }

export interface ContentClientConfig {
  projectId: string
  dataset: string
  /** e.g. `https://127.0.0.1:3334` for the local lake; omit for Sanity's hosted API. */
  apiHost?: string
  apiVersion?: string
  useCdn?: boolean
  /** A read token (viewer). Never a write token: reads never need one. */
  token?: string
  /**
   * `drafts` (needs a token) is for the preview: drafts over published documents. A release stack
   * (release ids, highest priority first, optionally then `drafts`; needs a token) previews releases
   * over those. Default `published`.
   */
  perspective?: 'published' | 'drafts' | readonly string[]
  /** Called once for every invalid document (the default logs one line with `_id` and path). */
  onInvalid?: (error: Extract<ContentError, { kind: 'invalid' }>) => void
  /** Called for every dropped body block of an unknown type (the default logs one line). */
  onDroppedBlock?: (block: DroppedBlock) => void
}

export interface ContentClient {
  /** The published article with this slug, `null` when there is none, an `invalid` error when it is unusable. */
  getArticle(slug: string): Promise<Result<Article | null>>
  /** Newest first, `page` counting from 1. Invalid articles are skipped and reported. */
  listArticles(options: { page: number; pageSize: number }): Promise<Result<Page<ArticleCard>>>
  /** Articles sharing a category with the given one, newest first. */
  getRelatedArticles(
    article: { id: string; categoryIds: string[] },
    limit: number,
  ): Promise<Result<ArticleCard[]>>
  /** A category and its articles, `null` when there is none. */
  getCategory(slug: string): Promise<Result<{ category: Category; articles: ArticleCard[] } | null>>
  listCategories(): Promise<Result<Category[]>>
  /** The deal to show at `now` and when that may next change. A broken deal means no deal. */
  getDealState(now: Date): Promise<Result<DealState>>
  /** Approved comments of an article, oldest first; never includes an email. */
  getApprovedComments(articleId: string): Promise<Result<PublicComment[]>>
  getSiteSettings(): Promise<Result<SiteSettings | null>>
  /** Every published article slug, for static generation and the sitemap. */
  listArticleSlugs(): Promise<Result<string[]>>
  /** Live deals and announced upcoming ones at `now`, and when that next changes. */
  getDealsPage(now: Date): Promise<Result<DealsPage>>
  /** Published articles matching every pattern (from `parseSearchQuery`), best first. */
  searchArticles(options: {
    patterns: string[]
    page: number
    pageSize: number
  }): Promise<Result<Page<SearchHit>>>
  /** The newest articles, for RSS and Atom. */
  listFeedArticles(limit: number): Promise<Result<FeedArticle[]>>
  /** Every published article and category with its last change, for the sitemap. */
  getSitemapEntries(): Promise<Result<SitemapEntries>>
}
