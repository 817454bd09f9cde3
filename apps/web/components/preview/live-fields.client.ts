'use client'

import { LiveFieldStore } from '@/lib/preview/live-field-store'
import { parseFieldValues, type FieldValues } from '@/lib/preview/live-fields'

/** The storefront's draft-mode fields route (app/api/draft-mode/fields). */
export const LIVE_FIELDS_PATH = '/api/draft-mode/fields'

async function readFields(ids: readonly string[]): Promise<FieldValues> {
  const search = new URLSearchParams({ ids: ids.join(',') })
  const response = await fetch(`${LIVE_FIELDS_PATH}?${search}`, {
    cache: 'no-store',
    credentials: 'same-origin',
  })
  if (!response.ok) throw new Error(`${LIVE_FIELDS_PATH} answered ${response.status}`)
  return parseFieldValues(await response.json())
}

/**
 * The one store of the preview tab: `LiveText` elements register with it, the live stream
 * (use-live-refresh) tells it of changes and of committed renders.
 */
export const liveFields = new LiveFieldStore(readFields, (error) =>
  console.error('The live preview could not read the typed text', error),
)
