import 'server-only'
import type { ContentClient, Result } from '@repo/content/api'
import { createContentClient } from '@repo/content/client'
import { draftMode } from 'next/headers'
import { env } from '@/env'

let published: ContentClient | undefined
let drafts: ContentClient | undefined

function createClientFor(perspective: 'published' | 'drafts'): ContentClient {
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

/**
 * The client for this request. In draft mode (a valid `__prerender_bypass` cookie, set only by the
 * preview handshake) reads see drafts with the server's read token; Next neither reads nor stores
 * `'use cache'` entries then, so nothing read here reaches the cache shoppers are served from.
 */
async function contentClient(): Promise<ContentClient> {
  if ((await draftMode()).isEnabled && env().readToken !== undefined) {
    drafts ??= createClientFor('drafts')
    return drafts
  }
  published ??= createClientFor('published')
  return published
}

/** Runs one content read against the configured Content Lake. */
export async function readContent<T>(
  read: (client: ContentClient) => Promise<Result<T>>,
): Promise<Result<T>> {
  return read(await contentClient())
}
