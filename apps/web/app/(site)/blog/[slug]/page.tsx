import type { Metadata } from 'next'
import { Suspense } from 'react'
import { ArticleView } from '@/components/article/article-view'
import { RelatedArticles } from '@/components/article/related-articles'
import { CommentForm } from '@/features/comments/form/comment-form'
import { CommentsSection } from '@/features/comments/list/comments-section'
import { env } from '@/env'
import { DEFAULT_SITE_TITLE } from '@/components/site/site-defaults'
import { NotFoundPage, notFoundMetadata } from '@/components/site/not-found-page'
import { imageUrl } from '@/lib/images'
import { loadArticle } from '@/lib/loaders/articles'
import { loadDefaultShareImage } from '@/lib/loaders/share-image'
import { editAttributesFor } from '@/lib/preview/edit-attributes'
import { loadApprovedComments } from '@/lib/loaders/site'
import { isSlug, PRERENDER_PLACEHOLDER } from '@/lib/params'
import { articleGraph } from '@/lib/structured-data/article'
import { JsonLd } from '@/lib/structured-data/json-ld'
import { articleMetadata } from './metadata'

type Props = { params: Promise<{ slug: string }> }

export function generateStaticParams() {
  return [{ slug: PRERENDER_PLACEHOLDER }]
}

/** The article, or null for a 404 (unknown slug, or a document that fails validation). */
async function articleFor(params: Props['params']) {
  const { slug } = await params
  if (!isSlug(slug)) return null
  const result = await loadArticle(slug)
  return result.ok ? result.data : null
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [article, siteDefault] = await Promise.all([articleFor(params), loadDefaultShareImage()])
  return article ? articleMetadata(article, siteDefault) : notFoundMetadata
}

/** An article with its table of contents, related articles and approved comments. */
export default async function ArticlePage({ params }: Props) {
  const article = await articleFor(params)
  if (!article) return <NotFoundPage />
  const comments = await loadApprovedComments(article.id)
  if (!comments.ok) return <NotFoundPage />
  const site = { name: DEFAULT_SITE_TITLE, url: env().siteUrl }
  const edit = await editAttributesFor({ id: article.id, type: 'article' })
  return (
    <ArticleView article={article} siteUrl={site.url} edit={edit}>
      <JsonLd data={articleGraph(article, site, (image) => imageUrl(image, 1200))} />
      <Suspense fallback={null}>
        <RelatedArticles id={article.id} categoryIds={article.categoryIds} />
      </Suspense>
      <CommentsSection
        comments={comments.data}
        commentsEnabled={article.commentsEnabled}
        form={<CommentForm articleId={article.id} slug={article.slug} />}
      />
    </ArticleView>
  )
}
