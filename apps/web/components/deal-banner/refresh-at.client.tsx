'use client'

import { useRouter } from 'next/navigation'
import { useEffect } from 'react'

// setTimeout overflows past 2^31-1 ms (about 24.8 days).
const MAX_DELAY = 2 ** 31 - 1

/**
 * For a tab left open across a deal's start or end: refreshes the server-rendered parts of the
 * page just after `at`, so the banner follows the schedule without a reload. `clockOffsetMs` is a
 * preview clock's lead over the real one ("see it on the day"): `at` is on that clock then.
 */
export function RefreshAt({ at, clockOffsetMs = 0 }: { at: string; clockOffsetMs?: number }) {
  const router = useRouter()
  useEffect(() => {
    const delay = Date.parse(at) - (Date.now() + clockOffsetMs) + 1000
    if (!(delay > 0 && delay < MAX_DELAY)) return
    const timer = setTimeout(() => router.refresh(), delay)
    return () => clearTimeout(timer)
  }, [at, clockOffsetMs, router])
  return null
}
