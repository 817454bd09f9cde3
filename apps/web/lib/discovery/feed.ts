import type { FeedArticle } from '@repo/content/view-models'
import { Feed } from 'feed'

export const RSS_PATH = '/feed.xml'
export const ATOM_PATH = '/atom.xml'

export interface FeedSite {
  title: string
  description: string
  siteUrl: string
}

/** The RSS and Atom feed of the newest articles: title, link, date, author and summary. */
export function buildFeed(site: FeedSite, articles: FeedArticle[]): Feed {
  const newest = articles.reduce(
    (latest, article) => Math.max(latest, Date.parse(article.updatedAt) || 0),
    0,
  )
  const feed = new Feed({
    id: `${site.siteUrl}/`,
    title: site.title,
    description: site.description,
    link: `${site.siteUrl}/`,
    language: 'en',
    // The newest change, not the time of the request: a feed reader sees no change when none.
    updated: new Date(newest),
    generator: false,
    copyright: `© ${site.title}`,
    feedLinks: { rss: `${site.siteUrl}${RSS_PATH}`, atom: `${site.siteUrl}${ATOM_PATH}` },
  })
  for (const article of articles) {
    const link = `${site.siteUrl}/blog/${article.slug}`
    feed.addItem({
      title: article.title,
      id: link,
      link,
      description: article.excerpt,
      date: new Date(article.updatedAt),
      published: new Date(article.publishedAt),
      author: article.author ? [{ name: article.author.name }] : [],
      category: article.categories.map((category) => ({
        name: category.title,
        domain: `${site.siteUrl}/category/${category.slug}`,
      })),
    })
  }
  return feed
}
