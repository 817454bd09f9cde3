import type { ActiveDealResult, DealBoundary, DealTermsResult } from '../schemas/results'
import type { Deal, DealTerms } from '../view-models'
import { nextDealChange } from '../deal-rule'

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

/** When the deal state next changes; the boundaries query selects enabled deals only. */
export function nextChangeAt(boundaries: DealBoundary[], now: Date): string | null {
  return nextDealChange(
    boundaries.map((window) => ({ ...window, enabled: true })),
    now,
  )
}
