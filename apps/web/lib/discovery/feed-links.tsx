import { DEFAULT_SITE_TITLE } from '@/components/site/site-defaults'
import { ATOM_PATH, RSS_PATH } from './feed'

/**
 * The feeds' `<link rel="alternate">`, written into the root layout's `<head>` rather than through
 * metadata: Next streams the metadata of some pages (a 404 rendered on request) into `<body>`,
 * where feed readers do not look.
 */
export function FeedLinks() {
  return (
    <>
      <link
        rel="alternate"
        type="application/rss+xml"
        href={RSS_PATH}
        title={`${DEFAULT_SITE_TITLE} (RSS)`}
      />
      <link
        rel="alternate"
        type="application/atom+xml"
        href={ATOM_PATH}
        title={`${DEFAULT_SITE_TITLE} (Atom)`}
      />
    </>
  )
}
