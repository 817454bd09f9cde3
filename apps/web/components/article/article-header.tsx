import type { Article } from '@repo/content/view-models'
import Link from 'next/link'
import { fieldText } from '@/components/preview/field-text'
import { dataSanity, type EditAttribute } from '@/lib/preview/edit-path'
import { Byline } from './byline'
import { HeroImage } from './hero-image'
import styles from './article.module.css'

/** Categories, the one h1, the byline and the hero image. */
export function ArticleHeader({ article, edit }: { article: Article; edit?: EditAttribute }) {
  const hero = article.heroImage
  return (
    <header className={styles.header}>
      {article.categories.length > 0 && (
        <p className={styles.categories}>
          {article.categories.map((category) => (
            <Link key={category.slug} href={`/category/${category.slug}`}>
              {category.title}
            </Link>
          ))}
        </p>
      )}
      <h1 className={styles.title} {...dataSanity(edit?.('title'))}>
        {fieldText(edit, article, 'title', article.title)}
      </h1>
      <Byline {...article} />
      {/* A plain <img>: the image CDN resizes, so Next's optimizer is not needed. */}
      {hero && <HeroImage image={hero} editAttribute={edit?.('heroImage')} />}
    </header>
  )
}
