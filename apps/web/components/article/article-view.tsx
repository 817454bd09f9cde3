import type { Article } from '@repo/content/view-models'
import type { ReactNode } from 'react'
import { ArticleHeader } from './article-header'
import { ArticleBody } from './body/article-body'
import { TableOfContents } from './table-of-contents'
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
