import type { ActiveDealResult, DealBoundary } from '../schemas/results'
import type { Deal } from '../view-models'

/** The banner's deal. */
export function toDeal(raw: ActiveDealResult): Deal {
  return {
    id: raw._id,
    revision: raw._rev,
    label: raw.label,
    message: raw.message,
    emoji: raw.emoji?.trim() || null,
    href: raw.link?.trim() || null,
    startsAt: raw.startsAt,
    endsAt: raw.endsAt,
  }
}

/** The earliest start or end of an enabled deal after `now` (ISO), or null when none is scheduled. */
export function nextChangeAt(boundaries: DealBoundary[], now: Date): string | null {
  const after = now.getTime()
  const times = boundaries
    .flatMap((boundary) => [boundary.startsAt, boundary.endsAt])
    .map((value) => (value ? Date.parse(value) : Number.NaN))
    .filter((time) => Number.isFinite(time) && time > after)
  return times.length > 0 ? new Date(Math.min(...times)).toISOString() : null
}
