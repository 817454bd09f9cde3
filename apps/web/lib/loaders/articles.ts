import 'server-only'
import { queryTags } from '@repo/content/cache-tags'
import { cacheTag } from 'next/cache'
import { keep, keepOrRetry } from '@/lib/content/cache'
import { readContent, type ReadPerspective } from '@/lib/content/client'
import { loader } from '@/lib/content/loader'

/** Articles on one page of the list. */
export const ARTICLES_PER_PAGE = 10
const RELATED_LIMIT = 3

async function fetchArticle(perspective: ReadPerspective, slug: string) {
  'use cache'
  cacheTag(...queryTags.article(slug))
  return keep(await readContent(perspective, (content) => content.getArticle(slug)))
}

async function fetchArticlePage(perspective: ReadPerspective, page: number) {
  'use cache'
  cacheTag(...queryTags.articleList())
  return keep(
    await readContent(perspective, (content) =>
      content.listArticles({ page, pageSize: ARTICLES_PER_PAGE }),
    ),
  )
}

async function fetchRelated(perspective: ReadPerspective, id: string, categoryIds: string[]) {
  'use cache'
  cacheTag(...queryTags.relatedArticles())
  return keepOrRetry(
    await readContent(perspective, (content) =>
      content.getRelatedArticles({ id, categoryIds }, RELATED_LIMIT),
    ),
  )
}

/** The article with this slug; shared by the article page and its metadata. */
export const loadArticle = loader(fetchArticle)

/** One page of the newest articles; shared by the list page and its metadata. */
export const loadArticlePage = loader(fetchArticlePage)

/** Articles sharing a category with the given one. */
export const loadRelatedArticles = loader(fetchRelated)
