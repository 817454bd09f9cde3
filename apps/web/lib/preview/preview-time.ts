/**
 * "See it on the day": in draft mode marketing can view the site at another date and time. The
 * choice lives in one cookie holding the preview clock's offset from the real one (ms), so the
 * preview's clock keeps running from the chosen moment and a deal boundary still arrives in an
 * open preview. Only proxy.ts's guarded draft-mode path ever lets the cookie through.
 */
export const PREVIEW_TIME_COOKIE = 'preview-time'

/** How far from now a preview may look, either way: a year and a day covers any campaign. */
export const MAX_PREVIEW_OFFSET_MS = 366 * 24 * 60 * 60 * 1000

/** The preview clock's offset stored in the cookie, or `undefined` for a missing or bad value. */
export function parsePreviewOffset(value: string | undefined): number | undefined {
  if (value === undefined || !/^-?[0-9]{1,12}$/.test(value)) return undefined
  const offset = Number(value)
  return Math.abs(offset) <= MAX_PREVIEW_OFFSET_MS ? offset : undefined
}

export type PreviewTimeChoice = { ok: true; at: number } | { ok: false; error: string }

const LOCAL_DATE_TIME = /^([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2})(?::([0-9]{2}))?$/

/**
 * The instant a `datetime-local` value names. `zoneOffset` is the browser's
 * `Date#getTimezoneOffset()` for that moment (minutes, UTC minus local), filled in by the form's
 * script; without it (no JavaScript) the value is read as UTC, which the form says.
 */
export function parsePreviewTime(
  local: string | null,
  zoneOffset: string | null,
  now: number,
): PreviewTimeChoice {
  const match = LOCAL_DATE_TIME.exec(local ?? '')
  if (!match) return { ok: false, error: 'Choose a date and time (YYYY-MM-DDTHH:MM).' }
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0))
  const offset = zoneOffset === null || zoneOffset === '' ? '0' : zoneOffset
  if (!/^-?[0-9]{1,4}$/.test(offset) || Math.abs(Number(offset)) > 18 * 60)
    return { ok: false, error: 'The time zone offset must be whole minutes within ±18 hours.' }
  const utc = Date.UTC(year ?? 0, (month ?? 1) - 1, day, hour, minute, second)
  const date = new Date(utc)
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() + 1 !== month ||
    date.getUTCDate() !== day ||
    (hour ?? 0) > 23 ||
    (minute ?? 0) > 59 ||
    (second ?? 0) > 59
  )
    return { ok: false, error: `${local ?? ''} is not a date and time that exists.` }
  const at = utc + Number(offset) * 60_000
  if (Math.abs(at - now) > MAX_PREVIEW_OFFSET_MS)
    return { ok: false, error: 'Choose a time within a year of now.' }
  return { ok: true, at }
}
