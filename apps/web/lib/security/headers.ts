/**
 * The storefront's security headers. The fixed ones go out through next.config.ts `headers()`
 * (baked into the routes manifest at `next build`); the policy, which names the Studio origins and
 * the lake, is set per response by proxy.ts from the environment of `next start` (env.ts), so one
 * build can be framed by whichever Studio the running server is configured for. Kept free of
 * `server-only` because next.config.ts loads it outside React's server graph.
 */
import { z } from 'zod'

/** Where Sanity Studio runs locally (`npm start`): it frames the site for Presentation preview. */
export const LOCAL_STUDIO_ORIGIN = 'https://localhost:3333'
const LOCAL_LAKE_URL = 'https://127.0.0.1:3334'
const SANITY_CDN = 'https://cdn.sanity.io'

export interface HeaderEntry {
  key: string
  value: string
}

const origin = z
  .url({ protocol: /^https?$/ })
  .transform((value) => new URL(value))
  .refine((url) => url.pathname === '/' && !url.search && !url.hash && !url.username, {
    message: 'must be an origin (scheme, host and port only)',
  })
  .transform((url) => url.origin)

const originList = z
  .string()
  .transform((value) => value.split(/[\s,]+/).filter(Boolean))
  .pipe(z.array(origin).max(10))

export interface SecurityHeaderOptions {
  /** Origins besides the site itself that may frame it (the Studio's Presentation tool). */
  frameAncestors: string[]
  /** Origins images are loaded from (the local lake, or Sanity's image CDN). */
  imageOrigins: string[]
  /** `next dev` evaluates code with `eval` for fast refresh; production never does. */
  development: boolean
}

/**
 * Reads STUDIO_ORIGINS (space- or comma-separated origins allowed to frame the site; `none` for
 * no other origin). Default: the local Studio in local mode (no SANITY_PROJECT_ID), else none.
 */
export function securityOptions(source: Record<string, string | undefined>): SecurityHeaderOptions {
  const localMode = !source.SANITY_PROJECT_ID?.trim()
  const configured = source.STUDIO_ORIGINS?.trim()
  let frameAncestors: string[]
  if (configured === 'none') frameAncestors = []
  else if (configured) {
    const parsed = originList.safeParse(configured)
    if (!parsed.success)
      throw new Error(`STUDIO_ORIGINS: ${parsed.error.issues.map((i) => i.message).join('; ')}`)
    frameAncestors = parsed.data
  } else frameAncestors = localMode ? [LOCAL_STUDIO_ORIGIN] : []
  const lake = source.CONTENT_LAKE_URL?.trim() || (localMode ? LOCAL_LAKE_URL : '')
  const lakeOrigin = lake ? origin.safeParse(new URL(lake).origin) : null
  return {
    frameAncestors,
    imageOrigins: [SANITY_CDN, ...(lakeOrigin?.success ? [lakeOrigin.data] : [])],
    development: source.NODE_ENV === 'development',
  }
}

/**
 * The Content-Security-Policy. Pages are cached whole and shared by every reader, so they cannot
 * carry a per-request nonce, and Next inlines the RSC payload as `<script>` elements whose content
 * differs per page (no fixed hashes): scripts therefore need 'unsafe-inline' (see README). Every
 * other directive is as tight as the pages allow.
 */
export function contentSecurityPolicy(options: SecurityHeaderOptions): string {
  const scripts = ["'self'", "'unsafe-inline'", ...(options.development ? ["'unsafe-eval'"] : [])]
  return [
    "default-src 'self'",
    `script-src ${scripts.join(' ')}`,
    // React sets `style` attributes (e.g. image sizes); stylesheets themselves come from 'self'.
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: ${options.imageOrigins.join(' ')}`,
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${["'self'", ...options.frameAncestors].join(' ')}`,
  ].join('; ')
}

/** The headers that depend on no configuration (next.config.ts sends them). */
export const FIXED_SECURITY_HEADERS: readonly HeaderEntry[] = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
]

/** The policy headers built from the running server's configuration (proxy.ts sends them). */
export function policyHeaders(options: SecurityHeaderOptions): HeaderEntry[] {
  const headers: HeaderEntry[] = [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy(options) },
  ]
  // X-Frame-Options can only say SAMEORIGIN or DENY. Browsers that know `frame-ancestors` ignore
  // it, but the rest would then refuse the Studio; so it is sent only when it says the same thing.
  if (options.frameAncestors.length === 0)
    headers.push({ key: 'X-Frame-Options', value: 'SAMEORIGIN' })
  return headers
}

/** Every header sent with every storefront response. */
export function securityHeaders(options: SecurityHeaderOptions): HeaderEntry[] {
  return [...policyHeaders(options), ...FIXED_SECURITY_HEADERS]
}
