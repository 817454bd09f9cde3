'use client'

import { useRouter } from 'next/navigation'
import { useEffect, useRef, useTransition } from 'react'
import { RefreshCoalescer } from '@/lib/preview/refresh-coalescer'

/** The storefront's relay of the Live Content API (app/api/draft-mode/live). */
export const LIVE_EVENTS_PATH = '/api/draft-mode/live'

/**
 * Renders the page again whenever the lake announces a change (a draft being typed included),
 * without waiting for Presentation's own refresh, which follows the keystroke by seconds. One
 * EventSource per preview tab, closed with the component; bursts are coalesced.
 */
export function useLiveRefresh(): void {
  const router = useRouter()
  const [pending, startTransition] = useTransition()
  const coalescer = useRef<RefreshCoalescer | null>(null)
  coalescer.current ??= new RefreshCoalescer(() => startTransition(() => router.refresh()))

  // A transition ends once the refreshed page has rendered: that is when the next one may start.
  useEffect(() => {
    if (!pending) coalescer.current?.settled()
  }, [pending])

  useEffect(() => {
    const events = new EventSource(LIVE_EVENTS_PATH)
    const onMessage = (): void => coalescer.current?.request()
    events.addEventListener('message', onMessage)
    return () => {
      events.removeEventListener('message', onMessage)
      events.close()
    }
  }, [])
}
