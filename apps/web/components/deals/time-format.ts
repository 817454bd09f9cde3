/** How deal times read, on the server (in UTC) and in the browser (in the reader's zone). */
export const DEAL_TIME_FORMAT: Intl.DateTimeFormatOptions = {
  weekday: 'long',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  timeZoneName: 'short',
}
