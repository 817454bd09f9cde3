'use client'

import { useEffect, useSyncExternalStore } from 'react'
import type { LiveField } from '@/lib/preview/live-fields'
import { LIVE_MARKS } from '@/lib/preview/live-marks'
import { liveFields } from './live-fields.client'

const serverSnapshot = (): undefined => undefined

/**
 * Draft mode only: one plain-text field of a document (no element of its own, so the element
 * around it keeps its `data-sanity` overlay and layout). Shows what the editor typed as soon as
 * the lake has it (`liveFields`), and the server's `value` again once a render of the change has
 * been committed.
 */
export function LiveText({ id, field, value }: { id: string; field: LiveField; value: string }) {
  useEffect(() => liveFields.register(id, field), [id, field])
  const live = useSyncExternalStore(
    liveFields.subscribe,
    () => liveFields.value(id, field),
    serverSnapshot,
  )
  useEffect(() => {
    performance.mark(LIVE_MARKS.serverText, { detail: { id, field, value } })
    liveFields.serverShows(id, field, value)
  }, [id, field, value])
  return live ?? value
}
