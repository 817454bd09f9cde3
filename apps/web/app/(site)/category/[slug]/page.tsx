import type { Metadata } from 'next'
import { ArticleList } from '@/components/article-list/article-list'
import { NotFoundPage, notFoundMetadata } from '@/components/site/not-found-page'
import { documentEditor } from '@/lib/preview/edit-attributes'
import { env } from '@/env'
import { loadCategory } from '@/lib/loaders/catalog'
import { loadDefaultShareImage } from '@/lib/loaders/share-image'
import { isSlug, PRERENDER_PLACEHOLDER } from '@/lib/params'
import { defaultShareMetadata } from '@/lib/share-image'
import { JsonLd } from '@/lib/structured-data/json-ld'
import { breadcrumbs } from '@/lib/structured-data/site'
import styles from '../../page/[n]/list.module.css'

type Props = { params: Promise<{ slug: string }> }

export function generateStaticParams() {
  return [{ slug: PRERENDER_PLACEHOLDER }]
}

/** The category and its articles, or null for a 404. Shared by the page and its metadata. */
async function categoryFor(params: Props['params']) {
  const { slug } = await params
  if (!isSlug(slug)) return null
  const result = await loadCategory(slug)
  return result.ok ? result.data : null
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await categoryFor(params)
  if (!found) return notFoundMetadata
  const { category } = found
  return {
    title: category.title,
    description: category.description ?? `Articles about ${category.title}.`,
    alternates: { canonical: `/category/${category.slug}` },
    ...defaultShareMetadata(await loadDefaultShareImage()),
  }
}

/** A category: its description and every article in it, newest first. */
export default async function CategoryPage({ params }: Props) {
  const found = await categoryFor(params)
  if (!found) return <NotFoundPage />
  const { category, articles } = found
  return (
    <div className={styles.page}>
      <JsonLd
        data={{
          '@context': 'https://schema.org',
          ...breadcrumbs(env().siteUrl, [
            { name: category.title, path: `/category/${category.slug}` },
          ]),
        }}
      />
      <h1 className={styles.heading}>{category.title}</h1>
      {category.description && <p className={styles.intro}>{category.description}</p>}
      <ArticleList articles={articles} leadsPage editFor={await documentEditor()} />
    </div>
  )
}
