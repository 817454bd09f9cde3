/**
 * Dates as editors read them in list previews: in their own time zone (the Studio's date inputs
 * use it too), e.g. "15 Jun 2025, 14:00". `timeZone` is for tests.
 */
export function formatDateTime(value: unknown, timeZone?: string): string | undefined {
  const date = toDate(value)
  return (
    date &&
    new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(
      date,
    )
  )
}

/** A date without the time, e.g. "15 Jun 2025". */
export function formatDate(value: unknown, timeZone?: string): string | undefined {
  const date = toDate(value)
  return date && new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone }).format(date)
}

/** A deal's window, e.g. "15 Jun 2025, 14:00 → open-ended". */
export function formatDealWindow(startsAt: unknown, endsAt: unknown, timeZone?: string): string {
  const start = formatDateTime(startsAt, timeZone) ?? 'Now'
  const end = formatDateTime(endsAt, timeZone) ?? 'open-ended'
  return `${start} → ${end}`
}

function toDate(value: unknown): Date | undefined {
  if (typeof value !== 'string' || value === '') return undefined
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? undefined : date
}
