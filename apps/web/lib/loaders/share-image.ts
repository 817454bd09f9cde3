import 'server-only'
import type { ImageView } from '@repo/content/view-models'
import { loadSiteSettings } from './site'

/** The site's default share image, or null when settings cannot be read: metadata never fails a page. */
export async function loadDefaultShareImage(): Promise<ImageView | null> {
  const result = await loadSiteSettings()
  return result.ok ? (result.data?.defaultShareImage ?? null) : null
}
