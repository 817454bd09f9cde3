import 'server-only'
import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * The `renderedAt` token: the time the server rendered a comment form, signed with HMAC-SHA256 and
 * bound to the article, as `<epoch ms>.<base64url signature>`. It proves that a submission comes
 * from a form this server issued and lets the handler refuse submissions made faster than a human.
 */

/** Why a `renderedAt` token was refused. */
export type RenderTokenProblem = 'forged' | 'too-fast' | 'expired'

export type RenderTokenCheck =
  { ok: true; renderedAt: number } | { ok: false; problem: RenderTokenProblem }

export interface RenderTokenPolicy {
  /** Submissions sooner than this after rendering are refused as too fast. */
  minAgeMs: number
  /** Older tokens are refused as expired (a form left open for days, or a replayed token). */
  maxAgeMs: number
}

const TOKEN_PATTERN = /^(\d{13})\.([A-Za-z0-9_-]{43})$/
/** Clock skew tolerated between the server instance that issued a token and the one checking it. */
const FUTURE_SKEW_MS = 5_000

function sign(key: Buffer, articleId: string, renderedAt: number): string {
  return createHmac('sha256', key)
    .update(`comment-render:v1:${articleId}:${renderedAt}`)
    .digest('base64url')
}

/** Issues a `renderedAt` token for a form about `articleId` rendered at `now` (epoch ms). */
export function issueRenderToken(key: Buffer, articleId: string, now: number): string {
  const renderedAt = Math.floor(now)
  return `${renderedAt}.${sign(key, articleId, renderedAt)}`
}

/** Checks a `renderedAt` token: signature first, then its age against the policy. */
export function checkRenderToken(
  key: Buffer,
  token: string,
  articleId: string,
  now: number,
  policy: RenderTokenPolicy,
): RenderTokenCheck {
  const match = TOKEN_PATTERN.exec(token)
  if (!match?.[1] || !match[2]) return { ok: false, problem: 'forged' }
  const renderedAt = Number(match[1])
  const expected = Buffer.from(sign(key, articleId, renderedAt))
  const given = Buffer.from(match[2])
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return { ok: false, problem: 'forged' }
  const age = now - renderedAt
  if (age < -FUTURE_SKEW_MS) return { ok: false, problem: 'forged' }
  if (age < policy.minAgeMs) return { ok: false, problem: 'too-fast' }
  if (age > policy.maxAgeMs) return { ok: false, problem: 'expired' }
  return { ok: true, renderedAt }
}
