'use client'

import { useEffect } from 'react'
import { withoutRouterPrefetches } from '@/lib/preview/skip-prefetch'

/**
 * While the preview is open, Next's Link prefetches are answered in the browser with nothing
 * (see `withoutRouterPrefetches`), so the live preview's refreshes do not set off a full draft
 * render per link in view. Only the preview (draft mode) renders this; shoppers' links prefetch
 * as usual. The page's own `fetch` comes back when the preview goes.
 */
export function useNoPrefetch(): void {
  useEffect(() => {
    // Put back exactly what was there (whoever else wrapped it), not a bound copy.
    const original = Object.getOwnPropertyDescriptor(window, 'fetch')
    window.fetch = withoutRouterPrefetches(window.fetch.bind(window))
    return () => {
      if (original) Object.defineProperty(window, 'fetch', original)
    }
  }, [])
}
