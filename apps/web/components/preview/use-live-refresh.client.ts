'use client'

import { useRouter } from 'next/navigation'
import { useEffect } from 'react'
import { RefreshCoalescer } from '@/lib/preview/refresh-coalescer'

/** The storefront's relay of the Live Content API (app/api/draft-mode/live). */
export const LIVE_EVENTS_PATH = '/api/draft-mode/live'
/** At most one refresh per this many ms while changes keep coming (about one server render). */
const REFRESH_GAP_MS = 250

/**
 * Renders the page again whenever the lake announces a change (a draft being typed included),
 * without waiting for Presentation's own refresh, which follows the keystroke by seconds. One
 * EventSource per preview tab, closed with the component; bursts are coalesced.
 */
export function useLiveRefresh(): void {
  const router = useRouter()
  useEffect(() => {
    const coalescer = new RefreshCoalescer(() => router.refresh(), REFRESH_GAP_MS)
    const events = new EventSource(LIVE_EVENTS_PATH)
    const onMessage = (): void => coalescer.request()
    events.addEventListener('message', onMessage)
    return () => {
      events.removeEventListener('message', onMessage)
      events.close()
      coalescer.stop()
    }
  }, [router])
}
