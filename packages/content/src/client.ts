/**
 * The validated content client: GROQ through @sanity/client (perspective `published`,
 * or `drafts` or a release stack for the preview), every
 * result checked with zod and mapped to view models. Failures come back as typed ContentErrors.
 */
import { createClient } from '@sanity/client'
import type { ContentClient, ContentClientConfig } from './api'
import { API_VERSION } from './api-version'
import { logDroppedBlock, logInvalid } from './client/log'
import { createContentReader } from './client/reader'

// @sanity/client takes a release stack as a mutable array.
const readPerspective = (perspective: ContentClientConfig['perspective'] = 'published') =>
  typeof perspective === 'string' ? perspective : [...perspective]

/** A ContentClient for a Sanity dataset (hosted, or the local lake when `apiHost` is given). */
export function createContentClient(config: ContentClientConfig): ContentClient {
  const sanity = createClient({
    projectId: config.projectId,
    dataset: config.dataset,
    apiVersion: config.apiVersion ?? API_VERSION,
    useCdn: config.useCdn ?? false,
    perspective: readPerspective(config.perspective),
    ...(config.token ? { token: config.token } : {}),
    ...(config.apiHost ? { apiHost: config.apiHost, useProjectHostname: false } : {}),
  })
  return createContentReader({
    fetch: (query, params) => sanity.fetch(query, params),
    onInvalid: config.onInvalid ?? logInvalid,
    onDroppedBlock: config.onDroppedBlock ?? logDroppedBlock,
  })
}
