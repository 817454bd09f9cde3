import { z } from 'zod'
import type { Result } from '../api'
import { toArticle, toArticleCard } from '../mappers/article'
import { dropUnknownBlocks } from '../mappers/body'
import {
  articleListQuery,
  articleBySlugQuery,
  articleSlugsQuery,
  relatedArticlesQuery,
} from '../queries'
import {
  articleCardResultSchema,
  articleListResultSchema,
  articleSchema,
  articleSlugsResultSchema,
} from '../schemas/results'
import type { Article, ArticleCard, Page } from '../view-models'
import { parseEach, parseReported, runQuery, type ReaderContext } from './context'
import { formatPath } from './invalid'

const article = { name: 'articleBySlugQuery', query: articleBySlugQuery }
const list = { name: 'articleListQuery', query: articleListQuery }
const related = { name: 'relatedArticlesQuery', query: relatedArticlesQuery }
const slugs = { name: 'articleSlugsQuery', query: articleSlugsQuery }

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Validates an article after dropping (and reporting) body blocks the storefront cannot render. */
function parseArticle(ctx: ReaderContext, raw: unknown): Result<Article | null> {
  if (raw === null) return { ok: true, data: null }
  const { body, kept, dropped } = dropUnknownBlocks(isRecord(raw) ? raw.body : undefined)
  const id = isRecord(raw) && typeof raw._id === 'string' ? raw._id : null
  for (const block of dropped) {
    const path = formatPath(['body', block.index])
    ctx.onDroppedBlock({
      documentId: id,
      documentType: 'article',
      path,
      blockType: block.blockType,
      query: article.name,
    })
  }
  const cleaned = isRecord(raw) && Array.isArray(raw.body) ? { ...raw, body } : raw
  // Errors name the block by its stored index, the one an editor can find.
  const remap = (path: PropertyKey[]) =>
    path[0] === 'body' && typeof path[1] === 'number'
      ? ['body', kept[path[1]] ?? path[1], ...path.slice(2)]
      : path
  const parsed = parseReported(ctx, articleSchema, cleaned, article.name, remap)
  return parsed.ok ? { ok: true, data: toArticle(parsed.data) } : parsed
}

/** The published article with this slug. */
export async function getArticle(
  ctx: ReaderContext,
  slug: string,
): Promise<Result<Article | null>> {
  const fetched = await runQuery(ctx, article, { slug })
  return fetched.ok ? parseArticle(ctx, fetched.data) : fetched
}

const whole = (value: number, fallback: number, max: number) =>
  Number.isFinite(value) ? Math.min(max, Math.max(1, Math.floor(value))) : fallback

const listEnvelope = articleListResultSchema.extend({ items: z.array(z.unknown()) })

/** One page of articles, newest first. */
export async function listArticles(
  ctx: ReaderContext,
  options: { page: number; pageSize: number },
): Promise<Result<Page<ArticleCard>>> {
  const page = whole(options.page, 1, Number.MAX_SAFE_INTEGER)
  const pageSize = whole(options.pageSize, 10, 100)
  const start = (page - 1) * pageSize
  const fetched = await runQuery(ctx, list, { start, end: start + pageSize })
  if (!fetched.ok) return fetched
  const envelope = parseReported(ctx, listEnvelope, fetched.data, list.name)
  if (!envelope.ok) return envelope
  const items = parseEach(ctx, articleCardResultSchema, envelope.data.items, list.name).map(
    toArticleCard,
  )
  const { total } = envelope.data
  return {
    ok: true,
    data: { items, total, page, pageSize, pageCount: Math.ceil(total / pageSize) },
  }
}

/** Articles sharing a category with the given one. */
export async function getRelatedArticles(
  ctx: ReaderContext,
  source: { id: string; categoryIds: string[] },
  limit: number,
): Promise<Result<ArticleCard[]>> {
  if (source.categoryIds.length === 0) return { ok: true, data: [] }
  const params = { id: source.id, categoryIds: source.categoryIds, limit: whole(limit, 3, 50) }
  const fetched = await runQuery(ctx, related, params)
  if (!fetched.ok) return fetched
  const items = parseReported(ctx, z.array(z.unknown()), fetched.data, related.name)
  if (!items.ok) return items
  return {
    ok: true,
    data: parseEach(ctx, articleCardResultSchema, items.data, related.name).map(toArticleCard),
  }
}

/** Every published article slug. */
export async function listArticleSlugs(ctx: ReaderContext): Promise<Result<string[]>> {
  const fetched = await runQuery(ctx, slugs, {})
  if (!fetched.ok) return fetched
  return parseReported(ctx, articleSlugsResultSchema, fetched.data, slugs.name)
}
