const dateFormat = new Intl.DateTimeFormat('en-US', {
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  timeZone: 'UTC',
})

/** "March 4, 2025" for an ISO timestamp; the raw value when it cannot be parsed. */
export function formatDate(iso: string): string {
  const time = Date.parse(iso)
  return Number.isNaN(time) ? iso : dateFormat.format(time)
}

/** The machine-readable date for `<time dateTime>`. */
export function isoDate(iso: string): string {
  const time = Date.parse(iso)
  return Number.isNaN(time) ? iso : new Date(time).toISOString()
}
