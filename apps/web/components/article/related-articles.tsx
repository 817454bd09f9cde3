import { loadRelatedArticles } from '@/lib/loaders/articles'
import { RelatedArticlesView } from './related-articles-view'

/** Related articles for an article; left out when they cannot be read (the article still shows). */
export async function RelatedArticles({ id, categoryIds }: { id: string; categoryIds: string[] }) {
  const result = await loadRelatedArticles(id, categoryIds)
  return result.ok ? <RelatedArticlesView articles={result.data} /> : null
}
