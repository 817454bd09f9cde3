import { DocumentTextIcon } from '@sanity/icons'
import { defineField, defineType, type PreviewValue } from 'sanity'
import { formatDate } from '../lib/formatDates'
import { imageWithAlt } from './image'

export const article = defineType({
  name: 'article',
  title: 'Article',
  type: 'document',
  icon: DocumentTextIcon,
  groups: [
    { name: 'content', title: 'Content', default: true },
    { name: 'meta', title: 'Details' },
    { name: 'seo', title: 'SEO' },
  ],
  fields: [
    defineField({
      name: 'title',
      title: 'Title',
      type: 'string',
      group: 'content',
      validation: (rule) => rule.required().min(5).max(120),
    }),
    defineField({
      name: 'slug',
      title: 'Slug',
      type: 'slug',
      group: 'content',
      description: 'The article lives at /blog/<slug>',
      options: { source: 'title', maxLength: 96 },
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'excerpt',
      title: 'Excerpt',
      type: 'text',
      rows: 3,
      group: 'content',
      description: 'One or two sentences for article lists and search results',
      validation: (rule) => rule.required().min(20).max(300),
    }),
    { ...imageWithAlt('heroImage', 'Hero image'), group: 'content' },
    defineField({
      name: 'body',
      title: 'Body',
      type: 'blockContent',
      group: 'content',
      validation: (rule) => rule.required().min(1),
    }),
    defineField({
      name: 'author',
      title: 'Author',
      type: 'reference',
      to: [{ type: 'author' }],
      group: 'meta',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'categories',
      title: 'Categories',
      type: 'array',
      of: [{ type: 'reference', to: [{ type: 'category' }] }],
      group: 'meta',
      validation: (rule) => rule.unique(),
    }),
    defineField({
      name: 'publishedAt',
      title: 'Published at',
      type: 'datetime',
      group: 'meta',
      initialValue: () => new Date().toISOString(),
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'medicalReviewer',
      title: 'Medically reviewed by',
      type: 'reference',
      to: [{ type: 'author' }],
      group: 'meta',
    }),
    defineField({
      name: 'reviewedAt',
      title: 'Reviewed at',
      type: 'datetime',
      group: 'meta',
      validation: (rule) =>
        rule.custom((value, context) => {
          const doc = context.document as { medicalReviewer?: unknown } | undefined
          if (doc?.medicalReviewer && !value)
            return 'Set the review date when a medical reviewer is named'
          if (value && !doc?.medicalReviewer)
            return 'Name the medical reviewer for this review date'
          return true
        }),
    }),
    defineField({
      name: 'commentsEnabled',
      title: 'Comments enabled',
      type: 'boolean',
      group: 'meta',
      initialValue: true,
    }),
    defineField({
      name: 'seo',
      title: 'SEO',
      type: 'object',
      group: 'seo',
      options: { collapsible: true, collapsed: false },
      fields: [
        defineField({
          name: 'title',
          title: 'SEO title',
          type: 'string',
          description: 'Falls back to the article title',
          validation: (rule) =>
            rule.max(60).warning('Search engines cut titles after about 60 characters'),
        }),
        defineField({
          name: 'description',
          title: 'SEO description',
          type: 'text',
          rows: 2,
          description: 'Falls back to the excerpt',
          validation: (rule) => rule.max(160),
        }),
        imageWithAlt('image', 'Share image'),
      ],
    }),
  ],
  orderings: [
    {
      title: 'Published, newest first',
      name: 'publishedAtDesc',
      by: [{ field: 'publishedAt', direction: 'desc' }],
    },
  ],
  preview: {
    select: {
      title: 'title',
      author: 'author.name',
      publishedAt: 'publishedAt',
      media: 'heroImage',
    },
    prepare(selection: {
      title?: string
      author?: string
      publishedAt?: string
      media?: PreviewValue['media']
    }) {
      const { title, author, publishedAt, media } = selection
      const date = formatDate(publishedAt) ?? 'not dated'
      return { title, subtitle: [author ?? 'No author', date].join(' · '), media }
    },
  },
})
