/**
 * The storefront's configuration: the only module that reads `process.env`.
 * No variables at all means local mode (the local Content Lake on https://127.0.0.1:3334).
 * Setting SANITY_PROJECT_ID switches the same code to Sanity's hosted Content Lake.
 */
import 'server-only'
import { blankToUndefined } from '@repo/content/blank'
import { z } from 'zod'
import { parseCommentsConfig, type CommentsConfig } from './features/comments/server/config'
import { securityOptions, type SecurityHeaderOptions } from './lib/security/headers'

const LOCAL_LAKE_URL = 'https://127.0.0.1:3334'
const LOCAL_PROJECT_ID = 'local'

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess(blankToUndefined, schema.optional())

const httpUrl = z
  .url({ protocol: /^https?$/, error: 'must be an http(s) URL, e.g. https://shop.example' })
  .transform((value) => value.replace(/\/+$/, ''))

const token = z.string().regex(/^[\x21-\x7e]{8,512}$/, 'must be 8-512 visible ASCII characters')

const schema = z.object({
  SANITY_PROJECT_ID: optional(
    z.string().regex(/^[a-z0-9][-a-z0-9]{0,63}$/, 'must be lower-case letters, digits and dashes'),
  ),
  SANITY_DATASET: optional(
    z.string().regex(/^[a-z0-9][-\w]{0,63}$/, 'must be lower-case letters, digits, - and _'),
  ),
  SANITY_API_READ_TOKEN: optional(token),
  SANITY_API_WRITE_TOKEN: optional(token),
  SANITY_WEBHOOK_SECRET: optional(z.string().min(16, 'must be at least 16 characters')),
  CONTENT_LAKE_URL: optional(httpUrl),
  SITE_URL: optional(httpUrl),
  // The caching proxy in front (deploy/varnish): where to purge, and the secret it shares with us.
  PROXY_PURGE_URL: optional(
    z
      .string()
      .transform((value) => value.split(',').map((url) => url.trim()))
      .pipe(z.array(httpUrl).min(1).max(16)),
  ),
  PROXY_SECRET: optional(
    z
      .string()
      .regex(/^[A-Za-z0-9_-]{32,256}$/, 'must be 32-256 characters of A-Z, a-z, 0-9, _ and -'),
  ),
  // How long the webhook waits for more deliveries to share one expiry and purge (ms).
  REVALIDATE_COALESCE_MS: optional(
    z.coerce
      .number()
      .int('must be a whole number of milliseconds')
      .min(0, 'must be 0-1000 ms')
      .max(1000, 'must be 0-1000 ms (the lake gives up on a delivery after 10 s)'),
  ),
  NEXT_PHASE: optional(z.string()),
})

// Comments are private documents (`comments.<id>`) that only a token can read: a site that stores
// comments (write token) but cannot read them back would never show an approved one.
const withReadableComments = schema.superRefine((vars, context) => {
  if (vars.SANITY_API_WRITE_TOKEN !== undefined && vars.SANITY_API_READ_TOKEN === undefined)
    context.addIssue({
      code: 'custom',
      path: ['SANITY_API_READ_TOKEN'],
      message:
        'required when SANITY_API_WRITE_TOKEN is set: comments are private (comments.<id>) and only a token can read them; use a Viewer token',
    })
  if (vars.PROXY_PURGE_URL !== undefined && vars.PROXY_SECRET === undefined)
    context.addIssue({
      code: 'custom',
      path: ['PROXY_SECRET'],
      message: 'required when PROXY_PURGE_URL is set: the proxy accepts purges only with it',
    })
})

export interface Env {
  /** True when no Sanity project is configured: the local Content Lake is used. */
  localMode: boolean
  projectId: string
  dataset: string
  /** The lake's API origin; `undefined` means Sanity's hosted API. */
  apiHost: string | undefined
  /** Server-only Viewer token: without it no comment (a private `comments.<id>`) can be read. */
  readToken: string | undefined
  /** Server-only: used by the comment endpoint, never sent to a browser. */
  writeToken: string | undefined
  webhookSecret: string | undefined
  siteUrl: string
  /** `next build` is running: pages must not depend on the Content Lake being up. */
  isBuild: boolean
  /**
   * The caching proxy in front: the purge URLs of each proxy (none: no proxy to purge) and the
   * secret that authenticates purges and marks requests as having come through the proxy.
   */
  proxy: { purgeUrls: string[]; secret: string | undefined }
  /** Webhook deliveries arriving within this many ms share one expiry and proxy purge. */
  coalesceMs: number
  /** The comment endpoint's anti-spam settings (COMMENTS_* variables). */
  comments: CommentsConfig
  /** What the Content-Security-Policy allows (STUDIO_ORIGINS may frame the site), read at start. */
  security: SecurityHeaderOptions
}

/** Validates a set of variables; throws one readable error listing every problem. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = withReadableComments.safeParse(source)
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `  - ${issue.path.join('.')}: ${issue.message}`,
    )
    throw new Error(`Invalid storefront configuration (apps/web/env.ts):\n${problems.join('\n')}`)
  }
  const vars = parsed.data
  const localMode = vars.SANITY_PROJECT_ID === undefined
  return {
    localMode,
    projectId: vars.SANITY_PROJECT_ID ?? LOCAL_PROJECT_ID,
    dataset: vars.SANITY_DATASET ?? 'production',
    apiHost: vars.CONTENT_LAKE_URL ?? (localMode ? LOCAL_LAKE_URL : undefined),
    readToken: vars.SANITY_API_READ_TOKEN,
    writeToken: vars.SANITY_API_WRITE_TOKEN,
    webhookSecret: vars.SANITY_WEBHOOK_SECRET,
    siteUrl: vars.SITE_URL ?? 'http://localhost:3000',
    isBuild: vars.NEXT_PHASE === 'phase-production-build',
    proxy: { purgeUrls: vars.PROXY_PURGE_URL ?? [], secret: vars.PROXY_SECRET },
    // Short by default: the lake's parallel deliveries arrive within a few ms, and the wait adds
    // to every publish's latency.
    coalesceMs: vars.REVALIDATE_COALESCE_MS ?? 15,
    comments: parseCommentsConfig(source),
    security: securityOptions(source),
  }
}

let current: Env | undefined

/** The validated environment of this process (parsed once). */
export function env(): Env {
  current ??= parseEnv(process.env)
  return current
}
