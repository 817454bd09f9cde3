import type { DocumentLocation, DocumentLocationResolvers } from 'sanity/presentation'
import { defineLocations } from 'sanity/presentation'
import { articlePath, categoryPath, DEALS_PATH, HOME_PATH } from './paths'

const home: DocumentLocation = { title: 'Home: the latest articles', href: HOME_PATH }

/** Where an article's categories list it (up to three are selected). */
function categoryLocations(doc: Record<string, unknown>): DocumentLocation[] {
  return [0, 1, 2].flatMap((index) => {
    const slug = doc[`category${index}Slug`]
    const title = doc[`category${index}Title`]
    const href = categoryPath(slug)
    return href && typeof title === 'string' ? [{ title: `Category: ${title}`, href }] : []
  })
}

/** The pages Presentation offers for each document type (the "Used on N pages" menu). */
export const locations: DocumentLocationResolvers = {
  article: defineLocations({
    select: {
      title: 'title',
      slug: 'slug.current',
      category0Slug: 'categories.0.slug.current',
      category0Title: 'categories.0.title',
      category1Slug: 'categories.1.slug.current',
      category1Title: 'categories.1.title',
      category2Slug: 'categories.2.slug.current',
      category2Title: 'categories.2.title',
    },
    resolve: (doc) => {
      const href = articlePath(doc?.slug)
      if (!doc || !href)
        return { message: 'Give the article a slug to preview it', tone: 'caution' }
      const title = typeof doc.title === 'string' ? doc.title : 'Article'
      return { locations: [{ title, href }, home, ...categoryLocations(doc)] }
    },
  }),
  deal: {
    message: 'The deal banner is on every page',
    tone: 'positive',
    locations: [{ title: 'Deals', href: DEALS_PATH }, home],
  },
  category: defineLocations({
    select: { title: 'title', slug: 'slug.current' },
    resolve: (doc) => {
      const href = categoryPath(doc?.slug)
      return href ? { locations: [{ title: String(doc?.title ?? 'Category'), href }] } : null
    },
  }),
  // Authors have no page of their own: they show in the bylines of their articles.
  author: defineLocations({
    select: { name: 'name' },
    resolve: (doc) => ({
      message: `${String(doc?.name ?? 'This author')} appears in the byline of their articles`,
      tone: 'positive',
      locations: [home],
    }),
  }),
}
