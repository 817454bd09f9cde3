import { z } from 'zod'
import type { Result } from '../api'
import { toArticleCard } from '../mappers/article'
import { toCategory } from '../mappers/site'
import { categoryBySlugQuery, categoryListQuery } from '../queries'
import {
  articleCardResultSchema,
  categoryListResultSchema,
  categoryWithArticlesSchema,
} from '../schemas/results'
import type { ArticleCard, Category } from '../view-models'
import { parseEach, parseReported, runQuery, type ReaderContext } from './context'

const bySlug = { name: 'categoryBySlugQuery', query: categoryBySlugQuery }
const list = { name: 'categoryListQuery', query: categoryListQuery }

const categoryEnvelope = categoryWithArticlesSchema.extend({ articles: z.array(z.unknown()) })

/** A category and its articles; a broken article is skipped, a broken category is an error. */
export async function getCategory(
  ctx: ReaderContext,
  slug: string,
): Promise<Result<{ category: Category; articles: ArticleCard[] } | null>> {
  const fetched = await runQuery(ctx, bySlug, { slug })
  if (!fetched.ok || fetched.data === null) return fetched.ok ? { ok: true, data: null } : fetched
  const envelope = parseReported(ctx, categoryEnvelope, fetched.data, bySlug.name)
  if (!envelope.ok) return envelope
  const articles = parseEach(ctx, articleCardResultSchema, envelope.data.articles, bySlug.name)
  return {
    ok: true,
    data: { category: toCategory(envelope.data), articles: articles.map(toArticleCard) },
  }
}

/** Every category, by title; a broken one is skipped and reported. */
export async function listCategories(ctx: ReaderContext): Promise<Result<Category[]>> {
  const fetched = await runQuery(ctx, list, {})
  if (!fetched.ok) return fetched
  const items = parseReported(ctx, z.array(z.unknown()), fetched.data, list.name)
  if (!items.ok) return items
  return {
    ok: true,
    data: parseEach(ctx, categoryListResultSchema.element, items.data, list.name).map(toCategory),
  }
}
