'use client'
import { useSyncExternalStore } from 'react'
import { DEAL_TIME_FORMAT } from './time-format'

const never = () => () => undefined

/**
 * A time in the reader's own time zone. The server (and a cached page) cannot know that zone, so
 * it renders UTC; after hydration this swaps in the local time. useSyncExternalStore's server
 * snapshot keeps the hydrating render identical to the server HTML (no mismatch).
 */
export function LocalTime({ iso, utcText }: { iso: string; utcText: string }) {
  const hydrated = useSyncExternalStore(
    never,
    () => true,
    () => false,
  )
  const text = hydrated
    ? new Intl.DateTimeFormat(undefined, DEAL_TIME_FORMAT).format(new Date(iso))
    : utcText
  return (
    <time dateTime={iso} data-localised={hydrated ? 'true' : undefined}>
      {text}
    </time>
  )
}
