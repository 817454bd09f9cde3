import { useEffect, useState } from 'react'
import { minuteClock } from './clock'

/** The current time, refreshed at every minute boundary so time-driven labels stay true. */
export function useNow(): Date {
  const [now, setNow] = useState(() => new Date())
  useEffect(() => {
    const subscription = minuteClock().subscribe((iso) => setNow(new Date(iso)))
    return () => subscription.unsubscribe()
  }, [])
  return now
}
