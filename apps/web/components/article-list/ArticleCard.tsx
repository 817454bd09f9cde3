import type { ArticleCard as Card } from '@repo/content/view-models'
import Link from 'next/link'
import { formatDate, isoDate } from '@/lib/dates'
import styles from './article-list.module.css'

/** One article in a list: title (the link), excerpt, author, date and reading time. */
export function ArticleCard({
  article,
  headingLevel = 2,
}: {
  article: Card
  headingLevel?: 2 | 3
}) {
  const Title = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <article className={styles.card}>
      <Title className={styles.title}>
        <Link href={`/blog/${article.slug}`}>{article.title}</Link>
      </Title>
      <p className={styles.excerpt}>{article.excerpt}</p>
      <p className={styles.meta}>
        {article.author && <span>{article.author.name}</span>}
        {article.author && <span aria-hidden="true"> · </span>}
        <time dateTime={isoDate(article.publishedAt)}>{formatDate(article.publishedAt)}</time>
        <span aria-hidden="true"> · </span>
        <span>{article.readingMinutes} min read</span>
      </p>
    </article>
  )
}
