import 'server-only'
import type { ContentClient, Result } from '@repo/content/api'
import { createContentClient } from '@repo/content/client'
import { env } from '@/env'

let client: ContentClient | undefined

function contentClient(): ContentClient {
  const config = env()
  client ??= createContentClient({
    projectId: config.projectId,
    dataset: config.dataset,
    apiHost: config.apiHost,
    useCdn: false,
    token: config.readToken,
  })
  return client
}

/** Runs one content read against the configured Content Lake. */
export function readContent<T>(
  read: (client: ContentClient) => Promise<Result<T>>,
): Promise<Result<T>> {
  return read(contentClient())
}
