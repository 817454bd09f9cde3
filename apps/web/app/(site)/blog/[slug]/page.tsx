import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { Suspense } from 'react'
import { ArticleView } from '@/components/article/ArticleView'
import { Related } from '@/components/article/Related'
import { CommentForm } from '@/features/comments/form/comment-form'
import { CommentsSection } from '@/features/comments/list/comments-section'
import { env } from '@/env'
import { failPage } from '@/lib/errors'
import { loadArticle } from '@/lib/loaders/articles'
import { loadDefaultShareImage } from '@/lib/loaders/share-image'
import { loadApprovedComments } from '@/lib/loaders/site'
import { isSlug, PRERENDER_PLACEHOLDER } from '@/lib/params'
import { articleMetadata } from './metadata'

type Props = { params: Promise<{ slug: string }> }

export function generateStaticParams() {
  return [{ slug: PRERENDER_PLACEHOLDER }]
}

/** The article, or a 404 (unknown slug, or a document that fails validation). */
async function articleFor(params: Props['params']) {
  const { slug } = await params
  if (!isSlug(slug)) notFound()
  const result = await loadArticle(slug)
  if (!result.ok) failPage(result.error)
  if (!result.data) notFound()
  return result.data
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [article, siteDefault] = await Promise.all([articleFor(params), loadDefaultShareImage()])
  return articleMetadata(article, siteDefault)
}

/** An article with its table of contents, related articles and approved comments. */
export default async function ArticlePage({ params }: Props) {
  const article = await articleFor(params)
  const comments = await loadApprovedComments(article.id)
  if (!comments.ok) failPage(comments.error)
  return (
    <ArticleView article={article} siteUrl={env().siteUrl}>
      <Suspense fallback={null}>
        <Related id={article.id} categoryIds={article.categoryIds} />
      </Suspense>
      <CommentsSection
        comments={comments.data}
        commentsEnabled={article.commentsEnabled}
        form={<CommentForm articleId={article.id} slug={article.slug} />}
      />
    </ArticleView>
  )
}
