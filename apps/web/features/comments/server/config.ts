import { blankToUndefined } from '@repo/content/blank'
import { z } from 'zod'

/**
 * The comment endpoint's knobs, from environment variables (all optional). `parseCommentsConfig`
 * is pure: the app's env module hands it the variables.
 */
export interface CommentsConfig {
  /** HMAC secret for the forms' `renderedAt` tokens; falls back to the write token. */
  signingSecret: string | undefined
  /** Submissions sooner than this after the form was rendered are refused (bots are fast). */
  minSubmitMs: number
  /** A form older than this must be submitted again. */
  maxFormAgeMs: number
  /** Per client address: a burst of `burst`, then `perMinute`. */
  rateLimit: { burst: number; perMinute: number }
  /** Reverse proxies in front of the app that append to X-Forwarded-For. */
  trustedProxyHops: number
}

const count = (fallback: number, max: number) =>
  z.preprocess(blankToUndefined, z.coerce.number().int().min(0).max(max).default(fallback))

const schema = z.object({
  COMMENTS_SIGNING_SECRET: z.preprocess(
    blankToUndefined,
    z.string().min(32, 'must be at least 32 characters').optional(),
  ),
  COMMENTS_MIN_SUBMIT_MS: count(3_000, 600_000),
  COMMENTS_MAX_FORM_AGE_HOURS: count(24, 24 * 30),
  COMMENTS_RATE_LIMIT_BURST: count(5, 1_000_000_000),
  COMMENTS_RATE_LIMIT_PER_MINUTE: count(2, 1_000_000_000),
  COMMENTS_TRUSTED_PROXY_HOPS: count(0, 10),
})

/** Validates the comment variables of `source`; throws one readable error listing every problem. */
export function parseCommentsConfig(source: Record<string, string | undefined>): CommentsConfig {
  const parsed = schema.safeParse(source)
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `  - ${issue.path.join('.')}: ${issue.message}`,
    )
    throw new Error(`Invalid comment configuration:\n${problems.join('\n')}`)
  }
  const vars = parsed.data
  return {
    signingSecret: vars.COMMENTS_SIGNING_SECRET,
    minSubmitMs: vars.COMMENTS_MIN_SUBMIT_MS,
    maxFormAgeMs: vars.COMMENTS_MAX_FORM_AGE_HOURS * 3_600_000,
    rateLimit: {
      burst: Math.max(1, vars.COMMENTS_RATE_LIMIT_BURST),
      perMinute: Math.max(1, vars.COMMENTS_RATE_LIMIT_PER_MINUTE),
    },
    trustedProxyHops: vars.COMMENTS_TRUSTED_PROXY_HOPS,
  }
}
