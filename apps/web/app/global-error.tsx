'use client'

import { ErrorContent } from '@/components/site/error-content'
import './globals.css'

/** When even the root layout fails: a complete document, still without any error details. */
export default function GlobalError({
  reset,
}: {
  error: Error & { digest?: string }
  reset: () => void
}) {
  return (
    <html lang="en">
      <body>
        <main id="main" style={{ padding: '2rem 1.25rem' }}>
          <ErrorContent onRetry={reset} />
        </main>
      </body>
    </html>
  )
}
