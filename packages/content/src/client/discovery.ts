import { z } from 'zod'
import type { Result } from '../api'
import { toArticleCard } from '../mappers/article'
import { nextChangeAt } from '../mappers/deal'
import { toDealTerms } from '../mappers/deal'
import { toSitemapEntries } from '../mappers/discovery'
import { dealsPageQuery, feedArticlesQuery, searchArticlesQuery, sitemapQuery } from '../queries'
import {
  dealBoundarySchema,
  dealTermsResultSchema,
  feedArticleResultSchema,
  searchHitResultSchema,
  sitemapResultSchema,
} from '../schemas/results'
import type { DealsPage, FeedArticle, Page, SearchHit, SitemapEntries } from '../view-models'
import { parseEach, parseReported, runQuery, type ReaderContext } from './context'

const dealsPage = { name: 'dealsPageQuery', query: dealsPageQuery }
const search = { name: 'searchArticlesQuery', query: searchArticlesQuery }
const feed = { name: 'feedArticlesQuery', query: feedArticlesQuery }
const sitemap = { name: 'sitemapQuery', query: sitemapQuery }

const dealsEnvelope = z.object({
  live: z.array(z.unknown()),
  upcoming: z.array(z.unknown()),
  boundaries: z.array(dealBoundarySchema),
})

/** Live and announced deals at `now`; a broken deal is reported and left out. */
export async function getDealsPage(ctx: ReaderContext, now: Date): Promise<Result<DealsPage>> {
  const fetched = await runQuery(ctx, dealsPage, { now: now.toISOString() })
  if (!fetched.ok) return fetched
  const envelope = parseReported(ctx, dealsEnvelope, fetched.data, dealsPage.name)
  if (!envelope.ok) return envelope
  const terms = (items: unknown[]) =>
    parseEach(ctx, dealTermsResultSchema, items, dealsPage.name).map(toDealTerms)
  return {
    ok: true,
    data: {
      live: terms(envelope.data.live),
      upcoming: terms(envelope.data.upcoming),
      nextChangeAt: nextChangeAt(envelope.data.boundaries, now),
    },
  }
}

const searchEnvelope = z.object({ items: z.array(z.unknown()), total: z.number().int().min(0) })

/** One page of published articles matching every pattern (see search-terms.ts), best first. */
export async function searchArticles(
  ctx: ReaderContext,
  options: { patterns: string[]; page: number; pageSize: number },
): Promise<Result<Page<SearchHit>>> {
  const { patterns, page, pageSize } = options
  const start = (page - 1) * pageSize
  const fetched = await runQuery(ctx, search, { terms: patterns, start, end: start + pageSize })
  if (!fetched.ok) return fetched
  const envelope = parseReported(ctx, searchEnvelope, fetched.data, search.name)
  if (!envelope.ok) return envelope
  const items = parseEach(ctx, searchHitResultSchema, envelope.data.items, search.name).map(
    (raw) => ({ ...toArticleCard(raw), bodyText: raw.bodyText }),
  )
  const { total } = envelope.data
  return {
    ok: true,
    data: { items, total, page, pageSize, pageCount: Math.ceil(total / pageSize) },
  }
}

/** The newest articles for the feeds. */
export async function listFeedArticles(
  ctx: ReaderContext,
  limit: number,
): Promise<Result<FeedArticle[]>> {
  const fetched = await runQuery(ctx, feed, { limit })
  if (!fetched.ok) return fetched
  const items = parseReported(ctx, z.array(z.unknown()), fetched.data, feed.name)
  if (!items.ok) return items
  return {
    ok: true,
    data: parseEach(ctx, feedArticleResultSchema, items.data, feed.name).map((raw) => ({
      ...toArticleCard(raw),
      updatedAt: raw._updatedAt,
    })),
  }
}

/** Every published article and category with its last change, for the sitemap. */
export async function getSitemapEntries(ctx: ReaderContext): Promise<Result<SitemapEntries>> {
  const fetched = await runQuery(ctx, sitemap, {})
  if (!fetched.ok) return fetched
  const parsed = parseReported(ctx, sitemapResultSchema, fetched.data, sitemap.name)
  return parsed.ok ? { ok: true, data: toSitemapEntries(parsed.data) } : parsed
}
