import 'server-only'
import { API_VERSION } from '@repo/content/api-version'
import { createClient } from '@sanity/client'
import { env } from '@/env'
import type { SearchTextWriter } from './deliver'
import { createSearchTextStore } from './search-text-store'

let writer: SearchTextWriter | undefined

/**
 * The folded search copies' writer for this process: it needs the server-only write token (the
 * copies are documents); without one nothing is written and a warning says search misses changes.
 */
export function searchTextWriter(): SearchTextWriter {
  if (writer !== undefined) return writer
  const base = env()
  if (!base.writeToken) {
    console.warn(
      '[revalidate] SANITY_API_WRITE_TOKEN is not set: the search text of published articles is not kept in step',
    )
    writer = null
    return writer
  }
  const client = createClient({
    projectId: base.projectId,
    dataset: base.dataset,
    apiVersion: API_VERSION,
    useCdn: false,
    token: base.writeToken,
    timeout: 8_000,
    ...(base.apiHost ? { apiHost: base.apiHost, useProjectHostname: false } : {}),
  })
  writer = createSearchTextStore(client)
  return writer
}
