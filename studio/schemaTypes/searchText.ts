import { SearchIcon } from '@sanity/icons'
import { defineField, defineType } from 'sanity'

/**
 * The folded copy of a published article's text that the storefront's search matches (see
 * @repo/content/search-text). Written only by the storefront's webhook and its sync script:
 * editors never see it (no desk list, not creatable) and never edit it (read-only).
 */
export const searchText = defineType({
  name: 'searchText',
  title: 'Search text (generated)',
  type: 'document',
  icon: SearchIcon,
  readOnly: true,
  fields: [
    defineField({
      name: 'article',
      title: 'Article',
      type: 'reference',
      to: [{ type: 'article' }],
      weak: true,
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'title',
      title: 'Title, folded',
      type: 'string',
    }),
    defineField({
      name: 'excerpt',
      title: 'Excerpt, folded',
      type: 'text',
    }),
    defineField({
      name: 'body',
      title: 'Body text, folded',
      type: 'text',
    }),
    defineField({ name: 'publishedAt', title: 'Published at', type: 'datetime' }),
  ],
})
