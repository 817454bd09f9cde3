import type { ActiveDealResult, DealBoundary, DealTermsResult } from '../schemas/results'
import type { Deal, DealTerms } from '../view-models'

/** A deal's terms, as the banner and the deals page show them. */
export function toDealTerms(raw: DealTermsResult): DealTerms {
  return {
    id: raw._id,
    label: raw.label,
    message: raw.message,
    emoji: raw.emoji?.trim() || null,
    href: raw.link?.trim() || null,
    startsAt: raw.startsAt,
    endsAt: raw.endsAt,
  }
}

/** The banner's deal: its terms and the revision a dismissal is remembered by. */
export function toDeal(raw: ActiveDealResult): Deal {
  return { ...toDealTerms(raw), revision: raw._rev }
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
