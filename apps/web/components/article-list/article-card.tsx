import type { ArticleCard as Card } from '@repo/content/view-models'
import Link from 'next/link'
import { fieldText } from '@/components/preview/field-text'
import { formatDate, isoDate } from '@/lib/dates'
import { placeholderStyle, responsiveImage } from '@/lib/images'
import { dataSanity, type EditAttribute } from '@/lib/preview/edit-path'
import styles from './article-list.module.css'

const THUMB = { displayWidth: 640, sizes: '(max-width: 700px) 100vw, 640px', aspect: 16 / 9 }

/** One article in a list: a 16:9 thumbnail cropped around the hotspot, title (the link), excerpt, byline. */
export function ArticleCard({
  article,
  headingLevel = 2,
  aboveFold = false,
  edit,
}: {
  article: Card
  headingLevel?: 2 | 3
  /** The list's first card, on screen when the page opens: its thumbnail is the largest paint. */
  aboveFold?: boolean
  /** Draft mode only: click-to-edit attributes (title, excerpt). */
  edit?: EditAttribute
}) {
  const Title = headingLevel === 2 ? 'h2' : 'h3'
  const hero = article.heroImage
  const thumb = hero ? responsiveImage(hero, THUMB) : undefined
  return (
    <article className={styles.card}>
      {hero && thumb && (
        // Decorative next to the linked title (alt=""). Lazy below the fold, as lists are long; a lazy
        // image is only requested after layout, which would delay the first card's (the page's LCP).
        <img
          className={styles.thumb}
          src={thumb.src}
          srcSet={thumb.srcSet}
          sizes={thumb.sizes}
          alt=""
          width={thumb.width}
          height={thumb.height}
          loading={aboveFold ? 'eager' : 'lazy'}
          fetchPriority={aboveFold ? 'high' : undefined}
          decoding="async"
          style={placeholderStyle(hero)}
        />
      )}
      <Title className={styles.title} {...dataSanity(edit?.('title'))}>
        <Link href={`/blog/${article.slug}`}>
          {fieldText(edit, article, 'title', article.title)}
        </Link>
      </Title>
      <p className={styles.excerpt} {...dataSanity(edit?.('excerpt'))}>
        {fieldText(edit, article, 'excerpt', article.excerpt)}
      </p>
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
