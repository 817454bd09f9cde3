'use client'

import { usePathname } from 'next/navigation'

/** Leaves draft mode and comes back to the same page as shoppers see it. */
export function ExitPreviewLink({ className }: { className?: string }) {
  const pathname = usePathname()
  const href = `/api/draft-mode/disable?redirect=${encodeURIComponent(pathname)}`
  return (
    // A full navigation (not the client router): the cookie change must reach the server.
    <a className={className} href={href}>
      Exit preview
    </a>
  )
}
