import { backgroundTagsForDocument, tagsForDocument } from '@repo/content/cache-tags'
import { isValidSignature } from '@sanity/webhook'
import { z } from 'zod'
import { isFreshSignature } from './freshness'
import { MAX_WEBHOOK_BODY_BYTES, readBodyWithin } from './read-body'

/** The document fields the webhook projection sends (WEBHOOK_PROJECTION in @repo/content). */
const changedDocument = z.object({
  _id: z.string().min(1).max(200),
  _type: z.string().min(1).max(100),
  slug: z.string().max(200).nullish(),
  previousSlug: z.string().max(200).nullish(),
  article: z
    .object({ _ref: z.string().max(200).nullish(), slug: z.string().max(200).nullish() })
    .nullish(),
  // A comment's status after and before the change: only what readers can see expires pages.
  status: z.string().max(50).nullish(),
  previousStatus: z.string().max(50).nullish(),
})

export type WebhookOutcome =
  | {
      status: 200
      /** Expired at once: the next load renders afresh. */
      tags: string[]
      /** Marked stale: served once more while refreshed in the background. */
      backgroundTags: string[]
      document: string
      /** The changed document's id and type. */
      changed: { _id: string; _type: string }
      body: { revalidated: string[] }
    }
  | { status: 400 | 401 | 413 | 503; tags: []; backgroundTags: []; body: { error: string } }

/** Checks an HMAC signature of a body (@sanity/webhook's `isValidSignature`). */
export type Verifier = (body: string, signature: string, secret: string) => Promise<boolean>

const fail = (status: 400 | 401 | 413 | 503, error: string): WebhookOutcome => ({
  status,
  tags: [],
  backgroundTags: [],
  body: { error },
})

export interface WebhookInput {
  body: string
  signature: string | null
  secret: string | undefined
  /** The current time in ms (tests pass their own). */
  now?: number
  verify?: Verifier
}

/**
 * Checks the signature (its age, then its HMAC), then the body, and works out which cache tags
 * to expire. An old signature is refused even when valid: a captured request cannot be replayed.
 */
export async function handleWebhook(input: WebhookInput): Promise<WebhookOutcome> {
  if (!input.secret) return fail(503, 'Webhook secret is not configured')
  if (!input.signature) return fail(401, 'Missing signature')
  if (!isFreshSignature(input.signature, input.now ?? Date.now()))
    return fail(401, 'Signature timestamp missing or too old')
  const verify = input.verify ?? isValidSignature
  const valid = await verify(input.body, input.signature, input.secret).catch(() => false)
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
  const backgroundTags = backgroundTagsForDocument(parsed.data)
  return {
    status: 200,
    tags,
    backgroundTags,
    document: `${parsed.data._type} ${parsed.data._id}`,
    changed: { _id: parsed.data._id, _type: parsed.data._type },
    body: { revalidated: [...tags, ...backgroundTags] },
  }
}

/**
 * The whole request: the body is read up to MAX_WEBHOOK_BODY_BYTES before anything else, so an
 * oversized one is refused (413) without being buffered or hashed.
 */
export async function receiveWebhook(
  request: Request,
  options: Omit<WebhookInput, 'body' | 'signature'>,
): Promise<WebhookOutcome> {
  if (!options.secret) return fail(503, 'Webhook secret is not configured')
  const body = await readBodyWithin(request, MAX_WEBHOOK_BODY_BYTES)
  if (!body.ok)
    return body.reason === 'too-large'
      ? fail(413, `Body larger than ${MAX_WEBHOOK_BODY_BYTES} bytes`)
      : fail(400, 'Body could not be read')
  return handleWebhook({
    ...options,
    body: body.text,
    signature: request.headers.get('sanity-webhook-signature'),
  })
}
