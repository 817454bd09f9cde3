import type { Article } from '@repo/content/view-models'
import type { ReactNode } from 'react'
import { ArticleHeader } from './ArticleHeader'
import { ArticleBody } from './body/ArticleBody'
import { TableOfContents } from './TableOfContents'
import styles from './article.module.css'

interface ArticleViewProps {
  article: Article
  siteUrl: string
  /** Related articles and comments, loaded separately by the page. */
  children?: ReactNode
}

/** A whole article: header, table of contents, body, then what follows it. */
export function ArticleView({ article, siteUrl, children }: ArticleViewProps) {
  return (
    <article className={styles.article}>
      <ArticleHeader article={article} />
      <TableOfContents headings={article.headings} />
      <ArticleBody body={article.body} siteUrl={siteUrl} />
      {children}
    </article>
  )
}
