import { defineDocuments } from 'sanity/presentation'

/** The document a preview URL shows, so that navigating in the preview opens it in the form. */
export const mainDocuments = defineDocuments([
  { route: '/blog/:slug', filter: `_type == "article" && slug.current == $slug` },
  { route: '/category/:slug', filter: `_type == "category" && slug.current == $slug` },
  {
    route: '/deals',
    filter: `_type == "deal" && enabled == true`,
  },
])
