import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ArticleList } from '@/components/article-list/article-list'
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

/** The category and its articles, or a 404. Shared by the page and its metadata. */
async function categoryFor(params: Props['params']) {
  const { slug } = await params
  if (!isSlug(slug)) notFound()
  const result = await loadCategory(slug)
  if (!result.ok) notFound()
  if (!result.data) notFound()
  return result.data
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { category } = await categoryFor(params)
  return {
    title: category.title,
    description: category.description ?? `Articles about ${category.title}.`,
    alternates: { canonical: `/category/${category.slug}` },
    ...defaultShareMetadata(await loadDefaultShareImage()),
  }
}

/** A category: its description and every article in it, newest first. */
export default async function CategoryPage({ params }: Props) {
  const { category, articles } = await categoryFor(params)
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
      <ArticleList articles={articles} editFor={await documentEditor()} />
    </div>
  )
}
