import { TagsIcon } from '@sanity/icons'
import { defineField, defineType } from 'sanity'
import { formatDealWindow } from '../lib/formatDates'
import { safeHref } from './validation'

export const deal = defineType({
  name: 'deal',
  title: 'Deal',
  type: 'document',
  icon: TagsIcon,
  description:
    'The site-wide deal banner. The enabled deal with the highest priority whose window holds now is shown.',
  fields: [
    defineField({
      name: 'label',
      title: 'Label',
      type: 'string',
      initialValue: "Today's deal",
      validation: (rule) => rule.required().max(40),
    }),
    defineField({
      name: 'message',
      title: 'Message',
      type: 'string',
      description: 'For example "free shipping on all orders"',
      validation: (rule) => rule.required().min(3).max(120),
    }),
    defineField({
      name: 'emoji',
      title: 'Emoji',
      type: 'string',
      validation: (rule) => rule.max(16),
    }),
    defineField({
      name: 'link',
      title: 'Link',
      type: 'string',
      description: 'Optional: https://…, mailto:… or a path on this site such as /category/…',
      validation: (rule) => rule.custom(safeHref),
    }),
    defineField({
      name: 'startsAt',
      title: 'Starts at',
      type: 'datetime',
      description: 'Empty means it is live as soon as it is published',
    }),
    defineField({
      name: 'endsAt',
      title: 'Ends at',
      type: 'datetime',
      description: 'Empty means it runs until it is disabled',
      validation: (rule) =>
        rule.custom((endsAt, context) => {
          const startsAt = (context.document as { startsAt?: string } | undefined)?.startsAt
          if (!endsAt || !startsAt) return true
          return Date.parse(endsAt) > Date.parse(startsAt)
            ? true
            : 'The deal must end after it starts'
        }),
    }),
    defineField({
      name: 'priority',
      title: 'Priority',
      type: 'number',
      description: 'When several deals are live, the highest priority wins',
      initialValue: 0,
      validation: (rule) => rule.required().integer().min(0).max(1000),
    }),
    defineField({
      name: 'announce',
      title: 'Announce before it starts',
      type: 'boolean',
      description:
        'Show this deal on the deals page as "coming soon" before its start (it is always listed while live)',
      initialValue: false,
    }),
    defineField({
      name: 'enabled',
      title: 'Enabled',
      type: 'boolean',
      initialValue: true,
      validation: (rule) => rule.required(),
    }),
  ],
  preview: {
    select: {
      label: 'label',
      message: 'message',
      emoji: 'emoji',
      startsAt: 'startsAt',
      endsAt: 'endsAt',
      enabled: 'enabled',
      priority: 'priority',
    },
    prepare({ label, message, emoji, startsAt, endsAt, enabled, priority }) {
      // In the editor's own time zone, like the date inputs, so the window reads as entered.
      const window = formatDealWindow(startsAt, endsAt)
      const details = [
        enabled === true ? undefined : 'Disabled',
        window,
        typeof priority === 'number' ? `priority ${priority}` : undefined,
      ]
      return {
        title: `${label ?? ''}: ${message ?? ''} ${emoji ?? ''}`.trim(),
        subtitle: details.filter((part) => part !== undefined).join(' · '),
      }
    },
  },
})
