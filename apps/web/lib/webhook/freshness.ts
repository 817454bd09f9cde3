/** Signatures older than this are replays: Sanity (and the local lake) sign every attempt afresh. */
export const MAX_SIGNATURE_AGE_MS = 5 * 60 * 1000
/** Tolerated clock difference between the Content Lake and this server. */
export const MAX_CLOCK_SKEW_MS = 60 * 1000

// The `t=<ms>` part of `sanity-webhook-signature: t=<ms>,v1=<hmac>` (@sanity/webhook's format).
const TIMESTAMP = /^\s*t=(\d{1,16})[, ]/

/** Whether a signature header's timestamp is recent enough to accept (the HMAC is checked apart). */
export function isFreshSignature(signature: string, now: number): boolean {
  const match = TIMESTAMP.exec(signature)
  if (!match?.[1]) return false
  const signedAt = Number(match[1])
  return signedAt <= now + MAX_CLOCK_SKEW_MS && now - signedAt <= MAX_SIGNATURE_AGE_MS
}
