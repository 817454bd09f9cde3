/**
 * The address a rate limit is keyed by. Route handlers see no socket, only headers: `next start`
 * sets `x-forwarded-for` to the socket address when the request has none, and a reverse proxy
 * (nginx `proxy_add_x_forwarded_for`, Vercel) appends or overwrites it. So the entry added by the
 * nearest trusted hop is the rightmost one, `trustedProxyHops` entries from the end skipped.
 * Exposed directly to the internet, bare `next start` keeps a client-sent header: run it behind a
 * proxy that sets the header, as every production setup does.
 *
 * With the caching proxy's secret configured (PROXY_SECRET, deploy/varnish), only the proxy is
 * believed: it sends the client's address in `x-client-ip` with the secret in `x-proxy-auth`.
 * Route handlers never see the socket, so a request without the secret (one that reached an
 * instance directly, whatever X-Forwarded-For it forged) shares one bucket with all the others.
 */
import { timingSafeEqual } from 'node:crypto'

export const UNPROXIED_KEY = 'unproxied'

const IPV4_MAPPED = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i
const IPV4_WITH_PORT = /^(\d{1,3}(?:\.\d{1,3}){3})(?::\d+)?$/

/** Normalises an address to a rate-limit key; IPv6 addresses are grouped by their /64 network. */
export function addressKey(address: string): string {
  const bare = address.trim().replace(/^\[|\](?::\d+)?$/g, '')
  const mapped = IPV4_MAPPED.exec(bare)
  if (mapped?.[1]) return mapped[1]
  const ipv4 = IPV4_WITH_PORT.exec(bare)
  if (ipv4?.[1]) return ipv4[1]
  if (!bare.includes(':')) return bare.toLowerCase()
  return `${expandIpv6(bare).slice(0, 4).join(':')}::/64`
}

function expandIpv6(address: string): string[] {
  const [head = '', tail = ''] = address.toLowerCase().split('%')[0]?.split('::') ?? []
  const left = head ? head.split(':') : []
  const right = tail ? tail.split(':') : []
  const zeros = Array.from({ length: Math.max(0, 8 - left.length - right.length) }, () => '0')
  return [...left, ...(address.includes('::') ? zeros : []), ...right].map((part) =>
    part.replace(/^0+(?=.)/, ''),
  )
}

function cameThroughProxy(headers: Headers, secret: string): boolean {
  const sent = Buffer.from(headers.get('x-proxy-auth') ?? '')
  const expected = Buffer.from(secret)
  return sent.length === expected.length && timingSafeEqual(sent, expected)
}

const keyOf = (address: string | null | undefined) =>
  address ? addressKey(address).slice(0, 64) : 'unknown'

/** The rate-limit key for a request, or `unknown` when no address can be found. */
export function clientKey(
  headers: Headers,
  trustedProxyHops: number,
  proxySecret?: string,
): string {
  if (proxySecret !== undefined)
    return cameThroughProxy(headers, proxySecret)
      ? keyOf(headers.get('x-client-ip'))
      : UNPROXIED_KEY
  const chain = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0)
  return keyOf(chain[Math.max(0, chain.length - 1 - trustedProxyHops)] ?? headers.get('x-real-ip'))
}
