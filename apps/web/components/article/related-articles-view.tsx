import type { ArticleCard } from '@repo/content/view-models'
import { ArticleList } from '@/components/article-list/article-list'
import styles from './article.module.css'

/** More to read from the same categories; nothing when there is none. */
export function RelatedArticlesView({ articles }: { articles: ArticleCard[] }) {
  if (articles.length === 0) return null
  return (
    <section className={styles.related} aria-labelledby="related-title">
      <h2 id="related-title">Related articles</h2>
      <ArticleList articles={articles} headingLevel={3} />
    </section>
  )
}
