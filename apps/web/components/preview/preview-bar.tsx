import { draftMode } from 'next/headers'
import { ExitPreviewLink } from './exit-preview.client'
import { LivePreview } from './live-preview.client'
import styles from './preview.module.css'
import { ReleaseNote } from './release-note'

/**
 * Shown only in draft mode: says that drafts are on screen and offers the way out. Shoppers' pages
 * (prerendered or cached) never have draft mode, so for them this renders nothing.
 */
export async function PreviewBar() {
  if (!(await draftMode()).isEnabled) return null
  return (
    <aside className={styles.bar} aria-label="Preview">
      <p className={styles.note}>Preview: you are seeing drafts</p>
      <ReleaseNote />
      <ExitPreviewLink className={styles.exit} />
      <LivePreview />
    </aside>
  )
}
