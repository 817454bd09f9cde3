import { UserIcon } from '@sanity/icons'
import { defineArrayMember, defineField, defineType } from 'sanity'
import { imageWithAlt } from './image'

export const author = defineType({
  name: 'author',
  title: 'Author',
  type: 'document',
  icon: UserIcon,
  fields: [
    defineField({
      name: 'name',
      title: 'Name',
      type: 'string',
      validation: (rule) => rule.required().max(80),
    }),
    defineField({
      name: 'slug',
      title: 'Slug',
      type: 'slug',
      options: { source: 'name', maxLength: 96 },
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'credentials',
      title: 'Credentials',
      type: 'string',
      description: 'For example "Physical therapist, DPT"',
      validation: (rule) => rule.max(120),
    }),
    defineField({
      name: 'bio',
      title: 'Bio',
      type: 'text',
      rows: 4,
      validation: (rule) => rule.max(1000),
    }),
    imageWithAlt('image', 'Portrait'),
    defineField({
      name: 'sameAs',
      title: 'Profiles elsewhere',
      description: 'Links to the author on other sites (https only)',
      type: 'array',
      of: [
        defineArrayMember({ type: 'url', validation: (rule) => rule.uri({ scheme: ['https'] }) }),
      ],
    }),
  ],
  preview: { select: { title: 'name', subtitle: 'credentials', media: 'image' } },
})
