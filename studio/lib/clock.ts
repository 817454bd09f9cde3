import { concat, defer, map, of, timer, type Observable } from 'rxjs'

/** How often time-driven lists (live, scheduled, expired deals) are recomputed. */
export const CLOCK_TICK_MS = 60_000

/**
 * The current time as ISO: at once, then at every minute boundary, so lists filtered on `$now`
 * move deals between "Scheduled", "Live now" and "Expired" without anyone editing them.
 */
export function minuteClock(now: () => number = Date.now): Observable<string> {
  return defer(() => {
    const first = now()
    const untilNextMinute = CLOCK_TICK_MS - (first % CLOCK_TICK_MS)
    return concat(of(first), timer(untilNextMinute, CLOCK_TICK_MS).pipe(map(() => now())))
  }).pipe(map((ms) => new Date(ms).toISOString()))
}
