'use client'

import type { ClientPerspective } from '@sanity/client'
import { VisualEditing } from 'next-sanity/visual-editing/client-component'
import { useRouter } from 'next/navigation'
import { useCallback } from 'react'
import { changePreviewPerspective } from '@/lib/preview/perspective-action'
import { useLiveRefresh } from './use-live-refresh.client'

type RefreshPayload = { source: 'manual' } | { source: 'mutation' }

/**
 * Presentation's side in the preview: overlays for `data-sanity` elements (click to edit), the
 * preview following navigation and the Studio following the preview, and a server render per
 * draft change. Rendered only in draft mode, where every read goes to the lake (drafts perspective)
 * per request, so `router.refresh()` shows what was just typed without saving or publishing.
 * Presentation posts its refresh seconds after a keystroke; the lake's Live Content API announces
 * the draft change within a fraction of one, so both render the page again (`useLiveRefresh`).
 */
export function LivePreview() {
  const router = useRouter()
  useLiveRefresh()
  const refresh = useCallback(
    (payload: RefreshPayload) => {
      if (payload.source !== 'manual' && payload.source !== 'mutation') return false
      router.refresh()
      return Promise.resolve()
    },
    [router],
  )
  // The editor picked another perspective (e.g. a release): the server renders read it from a
  // cookie, so store it there first, then render again.
  const followPerspective = useCallback(
    (perspective: ClientPerspective) => {
      changePreviewPerspective(perspective).then(
        (changed) => changed && router.refresh(),
        (error: unknown) => console.error('The preview could not switch perspective', error),
      )
    },
    [router],
  )
  return <VisualEditing refresh={refresh} onPerspectiveChange={followPerspective} />
}
