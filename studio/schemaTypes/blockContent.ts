import { defineArrayMember, defineField, defineType } from 'sanity'
import { safeHref } from './validation'
import { imageBlock } from './image'

/** Portable Text for article bodies: the blocks the storefront knows how to render. */
export const blockContent = defineType({
  name: 'blockContent',
  title: 'Body',
  type: 'array',
  of: [
    defineArrayMember({
      type: 'block',
      styles: [
        { title: 'Normal', value: 'normal' },
        { title: 'Heading 2', value: 'h2' },
        { title: 'Heading 3', value: 'h3' },
        { title: 'Quote', value: 'blockquote' },
      ],
      lists: [
        { title: 'Bullet', value: 'bullet' },
        { title: 'Numbered', value: 'number' },
      ],
      marks: {
        decorators: [
          { title: 'Strong', value: 'strong' },
          { title: 'Emphasis', value: 'em' },
        ],
        annotations: [
          defineArrayMember({
            name: 'link',
            title: 'Link',
            type: 'object',
            fields: [
              defineField({
                name: 'href',
                title: 'URL',
                type: 'string',
                description: 'https://…, mailto:… or a path on this site such as /blog/…',
                validation: (rule) => rule.required().custom(safeHref),
              }),
            ],
          }),
        ],
      },
    }),
    imageBlock,
  ],
})
