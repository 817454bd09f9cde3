'use client'

import { useRouter } from 'next/navigation'
import { useEffect } from 'react'

// setTimeout overflows past 2^31-1 ms (about 24.8 days).
const MAX_DELAY = 2 ** 31 - 1

/**
 * For a tab left open across a deal's start or end: refreshes the server-rendered parts of the
 * page just after `at`, so the banner follows the schedule without a reload.
 */
export function RefreshAt({ at }: { at: string }) {
  const router = useRouter()
  useEffect(() => {
    const delay = Date.parse(at) - Date.now() + 1000
    if (!(delay > 0 && delay < MAX_DELAY)) return
    const timer = setTimeout(() => router.refresh(), delay)
    return () => clearTimeout(timer)
  }, [at, router])
  return null
}
