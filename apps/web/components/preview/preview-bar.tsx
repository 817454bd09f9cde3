import { draftMode } from 'next/headers'
import { Suspense } from 'react'
import { ExitPreviewLink } from './exit-preview.client'
import { LivePreview } from './live-preview.client'
import { PreviewTime } from './preview-time'
import styles from './preview.module.css'
import { ReleaseNote } from './release-note'

/**
 * Shown only in draft mode: says that drafts are on screen, lets marketing view the site at
 * another time, and offers the way out. Shoppers' pages (prerendered or cached) never have draft
 * mode, so for them this renders nothing.
 */
export async function PreviewBar() {
  if (!(await draftMode()).isEnabled) return null
  return (
    <aside className={styles.bar} aria-label="Preview">
      <p className={styles.note}>Preview: you are seeing drafts</p>
      <ReleaseNote />
      {/* It reads a cookie: request data belongs inside a boundary. */}
      <Suspense fallback={null}>
        <PreviewTime />
      </Suspense>
      <ExitPreviewLink className={styles.exit} />
      <LivePreview />
    </aside>
  )
}
