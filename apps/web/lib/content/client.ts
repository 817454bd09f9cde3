import 'server-only'
import type { ContentClient, Result } from '@repo/content/api'
import { createContentClient } from '@repo/content/client'
import { draftMode } from 'next/headers'
import { env } from '@/env'
import { encodePreviewPerspective, type PreviewPerspective } from '@/lib/preview/perspective'

/** What a read sees: `published` for shoppers, in draft mode the perspective the preview asked for. */
export type ReadPerspective = 'published' | PreviewPerspective

let published: ContentClient | undefined

/** Preview clients by perspective; release stacks come from editors' cookies, so keep a few. */
const previewClients = new Map<string, ContentClient>()
const MAX_PREVIEW_CLIENTS = 8

function createClientFor(perspective: ReadPerspective): ContentClient {
  const config = env()
  return createContentClient({
    projectId: config.projectId,
    dataset: config.dataset,
    apiHost: config.apiHost,
    useCdn: false,
    token: config.readToken,
    perspective,
  })
}

function previewClient(perspective: PreviewPerspective): ContentClient {
  const key = encodePreviewPerspective(perspective)
  const known = previewClients.get(key)
  if (known) return known
  const oldest = previewClients.keys().next()
  if (previewClients.size >= MAX_PREVIEW_CLIENTS && !oldest.done)
    previewClients.delete(oldest.value)
  const client = createClientFor(perspective)
  previewClients.set(key, client)
  return client
}

/**
 * The client for this read. In draft mode (a valid `__prerender_bypass` cookie, set only by the
 * preview handshake, with a valid preview session) reads see the perspective the preview asked
 * for (drafts, or a release stack) with the server's read token; Next neither reads nor stores
 * `'use cache'` entries then, so nothing read here reaches the cache shoppers are served from.
 * Outside draft mode a perspective other than `published` is never honoured.
 */
async function contentClient(perspective: ReadPerspective): Promise<ContentClient> {
  if (perspective !== 'published' && (await draftMode()).isEnabled && env().readToken !== undefined)
    return previewClient(perspective)
  published ??= createClientFor('published')
  return published
}

/** Runs one content read against the configured Content Lake, in the given perspective. */
export async function readContent<T>(
  perspective: ReadPerspective,
  read: (client: ContentClient) => Promise<Result<T>>,
): Promise<Result<T>> {
  return read(await contentClient(perspective))
}
