import type { RawResponse } from './raw'

/**
 * Headers on every response of both ports (API and the served Studio): no MIME sniffing, no full URLs
 * leaked in Referer to other origins, and no framing by any origin (clickjacking of the Studio). The
 * storefront may later be framed by the Studio; that is the storefront's own header, not these.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'x-frame-options': 'DENY',
  'content-security-policy': "frame-ancestors 'none'",
}

/** Sets the security headers; later `writeHead` calls merge with them. */
export function setSecurityHeaders(res: RawResponse): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value)
}
