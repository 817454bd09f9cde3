import 'server-only'
import { hkdfSync } from 'node:crypto'

/** What a derived key signs; each purpose gets its own key so one can never stand in for another. */
export type KeyPurpose = 'render-token'

/**
 * Derives a 32-byte HMAC key from the comments secret (HKDF-SHA256). The secret is
 * `COMMENTS_SIGNING_SECRET` when set, else the server-only write token: a derived key reveals
 * nothing about the secret it came from.
 */
export function deriveKey(secret: string, purpose: KeyPurpose): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, 'storefront-comments', purpose, 32))
}
