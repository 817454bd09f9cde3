/**
 * The preview session that must accompany Next's draft-mode cookie. Next's `__prerender_bypass`
 * value is one fixed id per build: a copy of it would open drafts until the next deploy. The
 * handshake therefore also sets this cookie, `<expiry ms>.<HMAC>` keyed with a server-only secret,
 * and proxy.ts drops draft mode from any request whose session is missing, forged or expired.
 */
import { createHmac, timingSafeEqual } from 'node:crypto'

export const PREVIEW_SESSION_COOKIE = 'preview-session'
/** Next's draft-mode cookie. */
export const DRAFT_MODE_COOKIE = '__prerender_bypass'
/** How long one handshake keeps a browser in preview. */
export const PREVIEW_SESSION_MS = 8 * 60 * 60 * 1000

const mac = (key: string, expiry: string) =>
  createHmac('sha256', key).update(`preview-session:${expiry}`).digest('base64url')

/** A session value valid until `now + PREVIEW_SESSION_MS`. */
export function signPreviewSession(key: string, now = Date.now()): string {
  const expiry = String(now + PREVIEW_SESSION_MS)
  return `${expiry}.${mac(key, expiry)}`
}

/** Whether a session value was signed with `key` and has not expired. */
export function isValidPreviewSession(
  value: string | undefined,
  key: string,
  now = Date.now(),
): boolean {
  const match = /^([0-9]{13,15})\.([\w-]{43})$/.exec(value ?? '')
  if (!match) return false
  const [, expiry = '', signature = ''] = match
  const expected = Buffer.from(mac(key, expiry))
  const given = Buffer.from(signature)
  return (
    given.length === expected.length && timingSafeEqual(given, expected) && Number(expiry) > now
  )
}
