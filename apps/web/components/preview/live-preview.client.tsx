'use client'

import type { ClientPerspective } from '@sanity/client'
import { VisualEditing } from 'next-sanity/visual-editing/client-component'
import { useRouter } from 'next/navigation'
import { useCallback } from 'react'
import { changePreviewPerspective } from '@/lib/preview/perspective-action'
import { liveFields } from './live-fields.client'
import { useLiveRefresh } from './use-live-refresh.client'
import { useNoPrefetch } from './use-no-prefetch.client'

type RefreshPayload = { source: 'manual' } | { source: 'mutation' }

/**
 * Presentation's side in the preview: overlays for `data-sanity` elements (click to edit), the
 * preview following navigation and the Studio following the preview, and a server render per
 * draft change. Rendered only in draft mode, where every read goes to the lake (drafts perspective)
 * per request, so `router.refresh()` shows what was just typed without saving or publishing.
 * Presentation posts its refresh a second or more after a keystroke; the lake's Live Content API
 * announces the draft change within a fraction of one, so while that stream is open it alone
 * renders the page again (`useLiveRefresh`), and Presentation's refresh only when it is not.
 */
export function LivePreview() {
  const router = useRouter()
  const liveStreamOpen = useLiveRefresh()
  useNoPrefetch()
  const refresh = useCallback(
    (payload: RefreshPayload) => {
      if (payload.source !== 'manual' && payload.source !== 'mutation') return false
      // The live stream already refreshed for this change, a second earlier. Presentation's
      // refresh (and the repeat it sends a second later) would abort that render while it
      // streams, and the title would show only after the last of them: leave it to the stream,
      // as next-sanity's VisualEditing does for `<SanityLive>`. Without the stream, follow it.
      if (payload.source === 'mutation' && liveStreamOpen()) return false
      router.refresh()
      return Promise.resolve()
    },
    [router, liveStreamOpen],
  )
  // The editor picked another perspective (e.g. a release): the server renders read it from a
  // cookie, so store it there first, then render again. Live text read in the old perspective is
  // void: read it again in the new one.
  const followPerspective = useCallback(
    (perspective: ClientPerspective) => {
      changePreviewPerspective(perspective).then(
        (changed) => {
          if (!changed) return
          void liveFields.reset()
          router.refresh()
        },
        (error: unknown) => console.error('The preview could not switch perspective', error),
      )
    },
    [router],
  )
  return <VisualEditing refresh={refresh} onPerspectiveChange={followPerspective} />
}
