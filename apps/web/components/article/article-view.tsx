import type { Article } from '@repo/content/view-models'
import type { ReactNode } from 'react'
import type { EditAttribute } from '@/lib/preview/edit-path'
import { ArticleHeader } from './article-header'
import { ArticleBody } from './body/article-body'
import { TableOfContents } from './table-of-contents'
import styles from './article.module.css'

interface ArticleViewProps {
  article: Article
  siteUrl: string
  /** Related articles and comments, loaded separately by the page. */
  children?: ReactNode
  /** Draft mode only: click-to-edit attributes (title, hero image, body blocks). */
  edit?: EditAttribute
}

/** A whole article: header, table of contents, body, then what follows it. */
export function ArticleView({ article, siteUrl, children, edit }: ArticleViewProps) {
  return (
    <article className={styles.article}>
      <ArticleHeader article={article} edit={edit} />
      <TableOfContents headings={article.headings} />
      <ArticleBody body={article.body} siteUrl={siteUrl} edit={edit} />
      {children}
    </article>
  )
}
