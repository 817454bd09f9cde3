import { useEffect, useState } from 'react'
import { clock } from './clock'

/**
 * The current time, refreshed at every minute boundary and just after each of `instants` (epoch
 * ms), so time-driven labels stay true. When `instants` change (a deal's window was edited, e.g.
 * by End now) it is read again at once.
 */
export function useNow(instants: readonly number[] = []): Date {
  const [now, setNow] = useState(() => new Date())
  const key = instants.join(',')
  useEffect(() => {
    const at = key === '' ? [] : key.split(',').map(Number)
    const subscription = clock(at).subscribe((iso) => setNow(new Date(iso)))
    return () => subscription.unsubscribe()
  }, [key])
  return now
}
