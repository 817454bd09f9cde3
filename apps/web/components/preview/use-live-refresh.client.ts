'use client'

import { useRouter } from 'next/navigation'
import { useCallback, useEffect, useRef, useTransition } from 'react'
import { LIVE_MARKS } from '@/lib/preview/live-marks'
import { RefreshCoalescer } from '@/lib/preview/refresh-coalescer'
import { liveFields } from './live-fields.client'

/** The storefront's relay of the Live Content API (app/api/draft-mode/live). */
export const LIVE_EVENTS_PATH = '/api/draft-mode/live'
/** How long a refresh may go without its commit being seen before the next one may start. */
const STALL_MS = 5_000
/** How long the live text read may delay the page render it goes before. */
const FIELDS_FIRST_MS = 300
/**
 * Renders the page again whenever the lake announces a change (a draft being typed included),
 * without waiting for Presentation's own refresh, which follows the keystroke by a second or more.
 * One EventSource per preview tab, closed with the component. One refresh at a time: the next
 * starts once React committed the last (the transition's pending flag), since a refresh started
 * earlier aborts the running one and, while changes keep coming, nothing would ever show.
 * Before that render, the live plain-text fields (`LiveText`) are read at once and shown; each
 * committed render then takes over from the values read before it was asked for.
 * Returns whether the stream is open, i.e. whether this hook is the one keeping the page fresh.
 */
export function useLiveRefresh(): () => boolean {
  const router = useRouter()
  const [refreshing, startTransition] = useTransition()
  const coalescer = useRef<RefreshCoalescer | undefined>(undefined)
  const stream = useRef<EventSource | undefined>(undefined)
  const renderStamp = useRef(0)

  useEffect(() => {
    const current = new RefreshCoalescer(() => {
      performance.mark(LIVE_MARKS.refresh)
      renderStamp.current = liveFields.renderAsked()
      startTransition(() => router.refresh())
    }, STALL_MS)
    coalescer.current = current
    const events = new EventSource(LIVE_EVENTS_PATH)
    stream.current = events
    let closed = false
    const onMessage = (): void => {
      performance.mark(LIVE_MARKS.event)
      // The typed text first, then the render of the whole page: the small read has the server
      // to itself (on a busy server a render started alongside doubled its time), and a read
      // slower than FIELDS_FIRST_MS holds the render back no longer.
      const read = liveFields.changed().then(() => performance.mark(LIVE_MARKS.fields))
      const waited = new Promise((resolve) => setTimeout(resolve, FIELDS_FIRST_MS))
      void Promise.race([read, waited]).then(() => closed || current.request())
    }
    // Connected (again): read the live text once, which catches a change made while no stream
    // was open and readies the route and its connection to the lake before the first keystroke.
    const onConnected = (): void => void liveFields.changed()
    events.addEventListener('message', onMessage)
    events.addEventListener('welcome', onConnected)
    events.addEventListener('restart', onConnected)
    return () => {
      closed = true
      events.removeEventListener('message', onMessage)
      events.removeEventListener('welcome', onConnected)
      events.removeEventListener('restart', onConnected)
      events.close()
      current.stop()
      stream.current = undefined
      coalescer.current = undefined
    }
  }, [router])

  useEffect(() => {
    if (refreshing || !coalescer.current?.busy) return
    performance.mark(LIVE_MARKS.committed)
    liveFields.renderCommitted(renderStamp.current)
    coalescer.current.settled()
  }, [refreshing])

  return useCallback(() => stream.current?.readyState === EventSource.OPEN, [])
}
