'use client'

import { ErrorContent } from '@/components/site/error-content'

/** A failed page inside the site chrome. The error itself is never shown (Next logs it). */
export default function SiteError({
  reset,
}: {
  error: Error & { digest?: string }
  reset: () => void
}) {
  return <ErrorContent onRetry={reset} />
}
