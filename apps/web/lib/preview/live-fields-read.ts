import 'server-only'
import { createClient, type SanityClient } from '@sanity/client'
import { env } from '@/env'
import { LIVE_FIELDS, type FieldValues, type LiveField } from './live-fields'
import type { PreviewPerspective } from './perspective'

/** Only the types with live fields: any other document (a comment, a secret) never comes back. */
const QUERY = /* groq */ `*[_id in $ids && _type in $types]{_id, _type, ${Object.values(LIVE_FIELDS)
  .flat()
  .join(', ')}}`

let client: SanityClient | undefined

function fieldsClient(token: string): SanityClient {
  const config = env()
  client ??= createClient({
    projectId: config.projectId,
    dataset: config.dataset,
    apiVersion: '2025-02-19',
    useCdn: false,
    token,
    ...(config.apiHost ? { apiHost: config.apiHost, useProjectHostname: false } : {}),
  })
  return client
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null

/** The fields of one document the query returned, only those its type shows live. */
function liveValues(document: Record<string, unknown>): Partial<Record<LiveField, string>> {
  const type = document._type
  const fields: readonly LiveField[] =
    type === 'article' || type === 'deal' ? LIVE_FIELDS[type] : []
  const values: Partial<Record<LiveField, string>> = {}
  for (const field of fields) {
    const value = document[field]
    if (typeof value === 'string') values[field] = value
  }
  return values
}

/**
 * The current live fields of `ids` as the preview sees them: in its perspective (drafts, or a
 * release stack), read with the server's token, never from a cache.
 */
export async function readLiveFields(
  token: string,
  ids: readonly string[],
  perspective: PreviewPerspective,
): Promise<FieldValues> {
  const documents: unknown = await fieldsClient(token).fetch(
    QUERY,
    { ids: [...ids], types: Object.keys(LIVE_FIELDS) },
    {
      perspective: typeof perspective === 'string' ? perspective : [...perspective],
      cache: 'no-store',
    },
  )
  const values: Record<string, Partial<Record<LiveField, string>>> = {}
  if (Array.isArray(documents))
    for (const document of documents)
      if (isRecord(document) && typeof document._id === 'string' && ids.includes(document._id))
        values[document._id] = liveValues(document)
  return values
}
