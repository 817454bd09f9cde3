import { createHmac } from 'node:crypto'

/**
 * The `sanity-webhook-signature` header: `t=<ms>,v1=<base64url HMAC-SHA256 of "<ms>.<body>">`, the scheme
 * `@sanity/webhook`'s isValidSignature checks.
 */
export function signatureHeader(body: string, secret: string, timestamp = Date.now()): string {
  const digest = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('base64url')
  return `t=${timestamp},v1=${digest}`
}
