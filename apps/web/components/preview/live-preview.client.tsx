'use client'

import { VisualEditing } from 'next-sanity/visual-editing/client-component'
import { useRouter } from 'next/navigation'
import { useCallback } from 'react'

type RefreshPayload = { source: 'manual' } | { source: 'mutation' }

/**
 * Presentation's side in the preview: overlays for `data-sanity` elements (click to edit), the
 * preview following navigation and the Studio following the preview, and a server render per
 * draft change. Rendered only in draft mode, where every read goes to the lake (drafts perspective)
 * per request, so `router.refresh()` shows what was just typed without saving or publishing.
 */
export function LivePreview() {
  const router = useRouter()
  const refresh = useCallback(
    (payload: RefreshPayload) => {
      if (payload.source !== 'manual' && payload.source !== 'mutation') return false
      router.refresh()
      return Promise.resolve()
    },
    [router],
  )
  return <VisualEditing refresh={refresh} />
}
