import type { Metadata } from 'next'
import { ArticleList } from '@/components/article-list/article-list'
import { documentEditor } from '@/lib/preview/edit-attributes'
import { Pagination, pageHref } from '@/components/article-list/pagination'
import { DEFAULT_SITE_DESCRIPTION, DEFAULT_SITE_TITLE } from '@/components/site/site-defaults'
import { NotFoundPage, notFoundMetadata } from '@/components/site/not-found-page'
import { env } from '@/env'
import { loadArticlePage } from '@/lib/loaders/articles'
import { loadDefaultShareImage } from '@/lib/loaders/share-image'
import { parsePageNumber, PRERENDER_PLACEHOLDER } from '@/lib/params'
import { defaultShareMetadata } from '@/lib/share-image'
import { JsonLd } from '@/lib/structured-data/json-ld'
import { siteGraph } from '@/lib/structured-data/site'
import styles from './list.module.css'

type Props = { params: Promise<{ n: string }> }

export function generateStaticParams() {
  return [{ n: PRERENDER_PLACEHOLDER }]
}

/** The page number in the URL, or null for a 404. `/` is rewritten here as page 1. */
async function pageNumber(params: Props['params']): Promise<number | null> {
  return parsePageNumber((await params).n)
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await pageNumber(params)
  if (page === null) return notFoundMetadata
  return {
    title: page === 1 ? { absolute: 'Latest articles' } : `Latest articles, page ${page}`,
    alternates: { canonical: pageHref(page) },
    ...defaultShareMetadata(await loadDefaultShareImage()),
  }
}

/** The home page (page 1) and the older pages of the article list. */
export default async function ArticleListPage({ params }: Props) {
  const page = await pageNumber(params)
  if (page === null) return <NotFoundPage />
  const result = await loadArticlePage(page)
  if (!result.ok) return <NotFoundPage />
  const { items, pageCount } = result.data
  if (page > 1 && page > pageCount) return <NotFoundPage />
  return (
    <div className={styles.page}>
      {page === 1 && (
        <JsonLd
          data={siteGraph({
            name: DEFAULT_SITE_TITLE,
            url: env().siteUrl,
            description: DEFAULT_SITE_DESCRIPTION,
          })}
        />
      )}
      <h1 className={styles.heading}>
        {page === 1 ? 'Latest articles' : `Latest articles, page ${page}`}
      </h1>
      <ArticleList articles={items} leadsPage editFor={await documentEditor()} />
      <Pagination page={page} pageCount={pageCount} />
    </div>
  )
}
