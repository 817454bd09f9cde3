import { loadRelatedArticles } from '@/lib/loaders/articles'
import { RelatedArticles } from './RelatedArticles'

/** Related articles for an article; left out when they cannot be read (the article still shows). */
export async function Related({ id, categoryIds }: { id: string; categoryIds: string[] }) {
  const result = await loadRelatedArticles(id, categoryIds)
  return result.ok ? <RelatedArticles articles={result.data} /> : null
}
