'use client'

import { ErrorContent } from '@/components/site/error-content'

/** When the site chrome itself fails. */
export default function RootError({
  reset,
}: {
  error: Error & { digest?: string }
  reset: () => void
}) {
  return (
    <main id="main" style={{ padding: '2rem 1.25rem' }}>
      <ErrorContent onRetry={reset} />
    </main>
  )
}
