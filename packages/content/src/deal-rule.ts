/**
 * When a deal shows: the one rule the storefront's queries, its deal mapper and the Studio's deal
 * lists, badges and actions all follow. A deal is live from `startsAt` (inclusive, empty = always
 * started) until `endsAt` (exclusive, empty = never ends); only an explicit `enabled: true` shows
 * it, whatever its window says.
 */

/** Where a deal stands at a given moment; the banner shows only `live` deals. */
export type DealPhase = 'live' | 'scheduled' | 'expired' | 'disabled'

/** The fields of a deal that decide its phase, as stored (ISO strings). */
export interface DealWindow {
  enabled?: boolean | null
  startsAt?: string | null
  endsAt?: string | null
}

// GROQ's `dateTime()` compares instants, so "…T00:00:00Z" and "…T00:00:00.000Z" agree.
const enabledDeal = /* groq */ `_type == "deal" && enabled == true`
const started = /* groq */ `(!defined(startsAt) || dateTime(startsAt) <= dateTime($now))`
const notEnded = /* groq */ `(!defined(endsAt) || dateTime($now) < dateTime(endsAt))`

/** GROQ filters (given `$now`, an ISO datetime) that put each deal in the phase `dealPhase` does. */
export const LIVE_DEAL_FILTER = /* groq */ `${enabledDeal} && ${started} && ${notEnded}`
export const SCHEDULED_DEAL_FILTER = /* groq */ `${enabledDeal} && ${notEnded} && defined(startsAt) && dateTime($now) < dateTime(startsAt)`
export const EXPIRED_DEAL_FILTER = /* groq */ `${enabledDeal} && defined(endsAt) && dateTime(endsAt) <= dateTime($now)`
export const DISABLED_DEAL_FILTER = /* groq */ `_type == "deal" && enabled != true`

/** Milliseconds of an ISO datetime, or undefined when the field is empty or not a date. */
function instant(value: string | null | undefined): number | undefined {
  if (value === null || value === undefined || value === '') return undefined
  const ms = Date.parse(value)
  return Number.isNaN(ms) ? undefined : ms
}

/** The phase of a deal at `now`. */
export function dealPhase(deal: DealWindow, now: Date): DealPhase {
  if (deal.enabled !== true) return 'disabled'
  const at = now.getTime()
  const startsAt = instant(deal.startsAt)
  const endsAt = instant(deal.endsAt)
  if (endsAt !== undefined && at >= endsAt) return 'expired'
  if (startsAt !== undefined && at < startsAt) return 'scheduled'
  return 'live'
}

/** The instants (epoch ms) at which an enabled deal changes phase: its start and its end. */
export function dealBoundaries(deal: DealWindow | null): number[] {
  if (deal?.enabled !== true) return []
  return [instant(deal.startsAt), instant(deal.endsAt)].filter((at) => at !== undefined)
}

/** The earliest start or end of the given enabled deals after `now` (ISO), or null when none is. */
export function nextDealChange(deals: DealWindow[], now: Date): string | null {
  const after = now.getTime()
  const times = deals.flatMap(dealBoundaries).filter((at) => at > after)
  return times.length > 0 ? new Date(Math.min(...times)).toISOString() : null
}

/** The filter of each phase, for lists that sort deals by phase. */
export const DEAL_PHASE_FILTERS: Record<DealPhase, string> = {
  live: LIVE_DEAL_FILTER,
  scheduled: SCHEDULED_DEAL_FILTER,
  expired: EXPIRED_DEAL_FILTER,
  disabled: DISABLED_DEAL_FILTER,
}
