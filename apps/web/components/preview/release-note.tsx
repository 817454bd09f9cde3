import { previewedReleases } from '@/lib/preview/perspective'
import { requestedPreviewPerspective } from '@/lib/preview/perspective-request'
import styles from './preview.module.css'

/**
 * In the preview bar: which release the preview shows (the editor picked it in the Studio's
 * perspective picker), or that it shows published content only. Nothing for the default drafts.
 */
export async function ReleaseNote() {
  const perspective = await requestedPreviewPerspective()
  if (perspective === undefined || perspective === 'drafts') return null
  if (perspective === 'published')
    return <p className={styles.release}>Perspective: published (no drafts)</p>
  const [release, ...below] = previewedReleases(perspective)
  return (
    <p className={styles.release}>
      Release: <span data-release-id={release}>{release}</span>
      {below.length > 0 ? ` (over ${below.join(', ')})` : null}
    </p>
  )
}
