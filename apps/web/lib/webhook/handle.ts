import { tagsForDocument } from '@repo/content/cache-tags'
import { isValidSignature } from '@sanity/webhook'
import { z } from 'zod'

/** The document fields the webhook projection sends (WEBHOOK_PROJECTION in @repo/content). */
const changedDocument = z.object({
  _id: z.string().min(1).max(200),
  _type: z.string().min(1).max(100),
  slug: z.string().max(200).nullish(),
  previousSlug: z.string().max(200).nullish(),
  article: z
    .object({ _ref: z.string().max(200).nullish(), slug: z.string().max(200).nullish() })
    .nullish(),
})

export type WebhookOutcome =
  | { status: 200; tags: string[]; document: string; body: { revalidated: string[] } }
  | { status: 400 | 401 | 503; tags: []; body: { error: string } }

const fail = (status: 400 | 401 | 503, error: string): WebhookOutcome => ({
  status,
  tags: [],
  body: { error },
})

/** Checks the signature, then the body, and works out which cache tags to expire. */
export async function handleWebhook(input: {
  body: string
  signature: string | null
  secret: string | undefined
}): Promise<WebhookOutcome> {
  if (!input.secret) return fail(503, 'Webhook secret is not configured')
  if (!input.signature) return fail(401, 'Missing signature')
  const valid = await isValidSignature(input.body, input.signature, input.secret).catch(() => false)
  if (!valid) return fail(401, 'Invalid signature')
  let json: unknown
  try {
    json = JSON.parse(input.body)
  } catch {
    return fail(400, 'Body is not JSON')
  }
  const parsed = changedDocument.safeParse(json)
  if (!parsed.success) return fail(400, 'Body is not a changed document')
  const tags = tagsForDocument(parsed.data)
  return {
    status: 200,
    tags,
    document: `${parsed.data._type} ${parsed.data._id}`,
    body: { revalidated: tags },
  }
}
