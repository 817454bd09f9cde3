import type { ArticleCard as Card } from '@repo/content/view-models'
import type { EditAttribute } from '@/lib/preview/edit-path'
import { ArticleCard } from './article-card'
import styles from './article-list.module.css'

/** Articles as a list of cards; a friendly line when there are none. */
export function ArticleList({
  articles,
  headingLevel = 2,
  leadsPage = false,
  editFor,
}: {
  articles: Card[]
  headingLevel?: 2 | 3
  /** The list opens the page, so its first thumbnail is on screen at once (loaded eagerly). */
  leadsPage?: boolean
  /** Draft mode only: click-to-edit attributes for each article. */
  editFor?: (document: { id: string; type: string }) => EditAttribute
}) {
  if (articles.length === 0) return <p className={styles.empty}>No articles yet.</p>
  return (
    <ul className={styles.list}>
      {articles.map((article, index) => (
        <li key={article.id}>
          <ArticleCard
            article={article}
            headingLevel={headingLevel}
            aboveFold={leadsPage && index === 0}
            edit={editFor?.({ id: article.id, type: 'article' })}
          />
        </li>
      ))}
    </ul>
  )
}
