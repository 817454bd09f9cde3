import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'
import { RESTORE_DISMISSAL_SCRIPT } from '@/components/deal-banner/dismissal'
import { DEFAULT_SITE_DESCRIPTION, DEFAULT_SITE_TITLE } from '@/components/site/site-defaults'
import { env } from '@/env'
import { FeedLinks } from '@/lib/discovery/feed-links'
import './globals.css'

export const metadata: Metadata = {
  metadataBase: new URL(env().siteUrl),
  title: { default: DEFAULT_SITE_TITLE, template: `%s · ${DEFAULT_SITE_TITLE}` },
  description: DEFAULT_SITE_DESCRIPTION,
}

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#121518' },
  ],
}

/** The document. The site's header, deal bar and footer live in app/(site)/layout.tsx. */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The script below may mark <html> before React hydrates it.
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: RESTORE_DISMISSAL_SCRIPT }} />
        <FeedLinks />
      </head>
      <body>{children}</body>
    </html>
  )
}
