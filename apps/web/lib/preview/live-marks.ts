/**
 * Performance marks the live preview sets in the page (components/preview/use-live-refresh): a
 * change announced by the lake, its live text fields read (components/preview/live-text), a refresh
 * started, a refresh committed, and a live text's server value committed (`detail`: id, field,
 * value), which tells when the server render caught up with what the preview already showed. Read by the Presentation
 * browser test and tests/bench/preview-freshness.mjs. Only the preview sets them, never a shopper's
 * page.
 */
export const LIVE_MARKS = {
  event: 'live-preview:event',
  fields: 'live-preview:fields',
  refresh: 'live-preview:refresh',
  committed: 'live-preview:committed',
  serverText: 'live-preview:server-text',
} as const
