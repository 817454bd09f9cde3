import { concat, defer, map, merge, of, timer, type Observable } from 'rxjs'

/** How often time-driven lists (live, scheduled, expired deals) are recomputed at the least. */
export const CLOCK_TICK_MS = 60_000

/**
 * Instants further ahead than this get no timer of their own (timers cannot wait longer than about
 * 24.8 days, and an open Studio re-reads its deals long before then); minute ticks cover them.
 */
export const MAX_TIMER_MS = 24 * 60 * 60 * 1000

/**
 * The current time as ISO: at once, at every minute boundary, and just after each of `instants`
 * (epoch ms, e.g. deals' starts and ends) that lies ahead, so whatever is judged against it
 * changes state on time rather than up to a minute late.
 */
export function clock(
  instants: readonly number[] = [],
  now: () => number = Date.now,
): Observable<string> {
  return defer(() => {
    const first = now()
    const untilNextMinute = CLOCK_TICK_MS - (first % CLOCK_TICK_MS)
    const boundaries = [...new Set(instants)]
      .filter((at) => at > first && at - first <= MAX_TIMER_MS)
      .map((at) => timer(at - first + 1))
    return concat(of(null), merge(timer(untilNextMinute, CLOCK_TICK_MS), ...boundaries)).pipe(
      map(() => now()),
    )
  }).pipe(map((ms) => new Date(ms).toISOString()))
}
