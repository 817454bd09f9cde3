import { defineArrayMember, defineField } from 'sanity'
import { altRequiredWhenImageSet } from './validation'

const altField = defineField({
  name: 'alt',
  title: 'Alternative text',
  type: 'string',
  description: 'What the image shows, for readers who cannot see it',
  validation: (rule) => rule.custom(altRequiredWhenImageSet).max(200),
})

/** An image field with hotspot and required alt text. */
export function imageWithAlt(name: string, title: string, description?: string) {
  return defineField({
    name,
    title,
    description,
    type: 'image',
    options: { hotspot: true },
    fields: [altField],
  })
}

/** An image block inside Portable Text, with required alt text and an optional caption. */
export const imageBlock = defineArrayMember({
  name: 'image',
  type: 'image',
  options: { hotspot: true },
  fields: [
    altField,
    defineField({
      name: 'caption',
      title: 'Caption',
      type: 'string',
      validation: (rule) => rule.max(200),
    }),
  ],
})
