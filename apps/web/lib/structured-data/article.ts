import type { Article, AuthorSummary, ImageView } from '@repo/content/view-models'
import type { Graph, Person } from 'schema-dts'
import { breadcrumbs, organizationId, organization, type SiteIdentity } from './site'

function person(author: AuthorSummary): Person {
  return {
    '@type': 'Person',
    name: author.name,
    ...(author.credentials
      ? {
          jobTitle: author.credentials,
          hasCredential: { '@type': 'EducationalOccupationalCredential', name: author.credentials },
        }
      : {}),
  }
}

/**
 * An article page's graph: the Article (headline, image, author with credentials, dates,
 * publisher), the MedicalWebPage carrying it (medical reviewer and review date), and breadcrumbs.
 */
export function articleGraph(
  article: Article,
  site: SiteIdentity,
  imageUrl: (image: ImageView) => string,
): Graph {
  const url = `${site.url}/blog/${article.slug}`
  const image = article.seo.image ?? article.heroImage
  const category = article.categories[0]
  return {
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'Article',
        '@id': `${url}#article`,
        headline: article.title,
        description: article.seo.description,
        ...(image ? { image: imageUrl(image) } : {}),
        ...(article.author ? { author: person(article.author) } : {}),
        datePublished: article.publishedAt,
        dateModified: article.updatedAt,
        publisher: { '@id': organizationId(site) },
        mainEntityOfPage: { '@id': url },
        ...(category ? { articleSection: category.title } : {}),
      },
      {
        '@type': 'MedicalWebPage',
        '@id': url,
        url,
        name: article.seo.title,
        mainEntity: { '@id': `${url}#article` },
        ...(article.medicalReviewer ? { reviewedBy: person(article.medicalReviewer) } : {}),
        ...(article.reviewedAt ? { lastReviewed: article.reviewedAt } : {}),
      },
      organization(site),
      breadcrumbs(site.url, [
        ...(category ? [{ name: category.title, path: `/category/${category.slug}` }] : []),
        { name: article.title, path: `/blog/${article.slug}` },
      ]),
    ],
  }
}
