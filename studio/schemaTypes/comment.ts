import {
  CheckmarkCircleIcon,
  CloseCircleIcon,
  CommentIcon,
  InboxIcon,
  WarningOutlineIcon,
} from '@sanity/icons'
import { COMMENT_BODY_MIN, COMMENT_LIMITS } from '@repo/content/comment-limits'
import { defineField, defineType } from 'sanity'
import { COMMENT_STATUS_TITLES, commentStatus } from '../lib/commentModeration'

export const COMMENT_STATUSES = ['pending', 'approved', 'rejected', 'spam'] as const

/** One icon per status, so the inbox can be scanned at a glance. */
export const COMMENT_STATUS_ICONS = {
  pending: InboxIcon,
  approved: CheckmarkCircleIcon,
  rejected: CloseCircleIcon,
  spam: WarningOutlineIcon,
} as const

export const comment = defineType({
  name: 'comment',
  title: 'Comment',
  type: 'document',
  icon: CommentIcon,
  fields: [
    defineField({
      name: 'article',
      title: 'Article',
      type: 'reference',
      to: [{ type: 'article' }],
      readOnly: true,
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'authorName',
      title: 'Name',
      type: 'string',
      readOnly: true,
      validation: (rule) => rule.required().min(1).max(COMMENT_LIMITS.authorName),
    }),
    defineField({
      name: 'authorEmail',
      title: 'Email (private)',
      type: 'string',
      description: 'Never shown on the site',
      readOnly: true,
      validation: (rule) => rule.email(),
    }),
    defineField({
      name: 'body',
      title: 'Comment',
      type: 'text',
      rows: 5,
      readOnly: true,
      validation: (rule) => rule.required().min(COMMENT_BODY_MIN).max(COMMENT_LIMITS.body),
    }),
    defineField({
      name: 'status',
      title: 'Status',
      type: 'string',
      initialValue: 'pending',
      options: {
        list: [
          { title: 'Pending', value: 'pending' },
          { title: 'Approved', value: 'approved' },
          { title: 'Rejected', value: 'rejected' },
          { title: 'Spam', value: 'spam' },
        ],
        layout: 'radio',
        direction: 'horizontal',
      },
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'submittedAt',
      title: 'Submitted at',
      type: 'datetime',
      readOnly: true,
      validation: (rule) => rule.required(),
    }),
    defineField({ name: 'moderatedAt', title: 'Moderated at', type: 'datetime', readOnly: true }),
  ],
  orderings: [
    {
      title: 'Newest first',
      name: 'submittedAtDesc',
      by: [{ field: 'submittedAt', direction: 'desc' }],
    },
  ],
  preview: {
    select: { name: 'authorName', body: 'body', status: 'status', article: 'article.title' },
    prepare({ name, body, status, article }) {
      const text = typeof body === 'string' ? body : ''
      const excerpt = text.length > 80 ? `${text.slice(0, 79)}…` : text
      const state = commentStatus(status)
      return {
        title: `${name ?? 'Anonymous'}: ${excerpt}`,
        subtitle: `${COMMENT_STATUS_TITLES[state]} · on ${article ?? 'unknown article'}`,
        media: COMMENT_STATUS_ICONS[state],
      }
    },
  },
})
