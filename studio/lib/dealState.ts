/** Where a deal stands at a given moment; the banner shows only `live` deals. */
export type DealState = 'live' | 'scheduled' | 'expired' | 'disabled'

/** The fields of a deal that decide its state, as stored (ISO strings). */
export interface DealWindow {
  enabled?: boolean | null
  startsAt?: string | null
  endsAt?: string | null
}

/** Milliseconds of an ISO datetime, or undefined when the field is empty or not a date. */
function instant(value: string | null | undefined): number | undefined {
  if (value === null || value === undefined || value === '') return undefined
  const ms = Date.parse(value)
  return Number.isNaN(ms) ? undefined : ms
}

/**
 * The state of a deal at `now`. A deal is live from `startsAt` (inclusive, empty = always started)
 * until `endsAt` (exclusive, empty = never ends); `enabled: false` wins over any window.
 */
export function dealState(deal: DealWindow, now: Date): DealState {
  // Only an explicit `true` shows a deal, the same rule as the storefront's `enabled == true`.
  if (deal.enabled !== true) return 'disabled'
  const at = now.getTime()
  const startsAt = instant(deal.startsAt)
  const endsAt = instant(deal.endsAt)
  if (endsAt !== undefined && at >= endsAt) return 'expired'
  if (startsAt !== undefined && at < startsAt) return 'scheduled'
  return 'live'
}

/** The instants (epoch ms) at which an enabled deal changes state: its start and its end. */
export function dealBoundaries(deal: DealWindow | null): number[] {
  if (deal?.enabled !== true) return []
  return [instant(deal.startsAt), instant(deal.endsAt)].filter((at) => at !== undefined)
}

/** Human titles for each state, shared by badges and desk lists. */
export const DEAL_STATE_TITLES: Record<DealState, string> = {
  live: 'Live now',
  scheduled: 'Scheduled',
  expired: 'Expired',
  disabled: 'Disabled',
}

/** Reads the window fields of a stored deal, ignoring values of the wrong type. */
export function dealWindowOf(doc: Record<string, unknown>): DealWindow {
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined)
  return {
    enabled: typeof doc.enabled === 'boolean' ? doc.enabled : undefined,
    startsAt: text(doc.startsAt),
    endsAt: text(doc.endsAt),
  }
}
