import type { DealPhase, DealWindow } from '@repo/content/deal-rule'

/** Human titles for each phase (the rule itself is `dealPhase`), shared by badges and desk lists. */
export const DEAL_STATE_TITLES: Record<DealPhase, string> = {
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
