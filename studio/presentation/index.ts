import { presentationTool } from 'sanity/presentation'
import { locations } from './locations'
import { mainDocuments } from './main-documents'

export interface PresentationOptions {
  /** The storefront's origin, opened first (SANITY_STUDIO_SITE_URL). */
  siteUrl: string
  /** Local mode: any loopback storefront may be previewed (`?preview=` with its URL). */
  local: boolean
}

/**
 * Presentation: the storefront beside the document form, in draft mode through the preview-secret
 * handshake (`/api/draft-mode/enable` on the storefront), with the pages each document appears on.
 */
export function storefrontPresentation({ siteUrl, local }: PresentationOptions) {
  const siteOrigin = new URL(siteUrl).origin
  return presentationTool({
    title: 'Preview',
    resolve: { locations, mainDocuments },
    previewUrl: { initial: siteOrigin, previewMode: { enable: '/api/draft-mode/enable' } },
    // Locally the storefront may run on any port (tests, STOREFRONT_PORT); hosted, only the site.
    allowOrigins: local ? [siteOrigin, 'http://localhost:*', 'http://127.0.0.1:*'] : [siteOrigin],
  })
}
