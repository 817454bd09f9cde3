import { commentInputSchema } from '@repo/content/comment-input'
import { z } from 'zod'

/**
 * What a comment created through the endpoint must look like in the lake: the reader's fields
 * exactly as the comment-input schema normalises them, status pending, nothing else stored.
 */
const readerFields = commentInputSchema.pick({ authorName: true, authorEmail: true, body: true })

export const storedCommentSchema = z
  .object({
    _id: z
      .string()
      .regex(/^comments\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/),
    _type: z.literal('comment'),
    _rev: z.string(),
    _createdAt: z.string(),
    _updatedAt: z.string(),
    article: z.object({ _type: z.literal('reference'), _ref: z.string().min(1) }).strict(),
    authorName: z.string(),
    authorEmail: z.string().optional(),
    body: z.string(),
    status: z.enum(['pending', 'approved', 'rejected', 'spam']),
    submittedAt: z.iso.datetime(),
    moderatedAt: z.iso.datetime().optional(),
  })
  .strict()
  .superRefine((doc, context) => {
    const parsed = readerFields.safeParse(doc)
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        context.addIssue({ code: 'custom', path: issue.path, message: issue.message })
      return
    }
    // Already normalised: validation would not change a single character.
    for (const field of ['authorName', 'authorEmail', 'body'] as const) {
      if (parsed.data[field] !== doc[field])
        context.addIssue({ code: 'custom', path: [field], message: 'not normalised' })
    }
  })

/** The problems of a stored comment, empty when it passes. */
export function storedCommentProblems(doc: unknown): string[] {
  const parsed = storedCommentSchema.safeParse(doc)
  return parsed.success
    ? []
    : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
}
