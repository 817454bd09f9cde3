import type { DealState } from './dealState'

/**
 * GROQ filters that sort deals into the same states as `dealState`, evaluated against `$now`
 * (an ISO datetime the Studio recomputes as time passes). `dateTime()` compares instants, so
 * "2025-01-01T00:00:00Z" and "2025-01-01T00:00:00.000Z" agree.
 */
const started = '(!defined(startsAt) || dateTime(startsAt) <= dateTime($now))'
const notEnded = '(!defined(endsAt) || dateTime($now) < dateTime(endsAt))'

export const DEAL_FILTERS: Record<DealState, string> = {
  live: `_type == "deal" && enabled == true && ${started} && ${notEnded}`,
  scheduled: `_type == "deal" && enabled == true && ${notEnded} && defined(startsAt) && dateTime($now) < dateTime(startsAt)`,
  expired: `_type == "deal" && enabled == true && defined(endsAt) && dateTime(endsAt) <= dateTime($now)`,
  disabled: `_type == "deal" && enabled != true`,
}

/** The windows of enabled deals, whose starts and ends move deals between the lists above. */
export const DEAL_BOUNDARIES_QUERY = `*[_type == "deal" && enabled == true && (defined(startsAt) || defined(endsAt))]{enabled, startsAt, endsAt}`
/** What the deal lists' clock listens to: any change to any deal. */
export const DEAL_LISTEN_QUERY = `*[_type == "deal"]`
