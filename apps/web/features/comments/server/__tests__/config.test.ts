/** @jest-environment node */
import { describe, expect, it } from '@jest/globals'
import { parseCommentsConfig } from '../config'

describe('parseCommentsConfig', () => {
  it('has safe defaults with no variables: 3 s minimum, a 24 h form, 5 posts then 2 a minute', () => {
    expect(parseCommentsConfig({})).toEqual({
      signingSecret: undefined,
      minSubmitMs: 3_000,
      maxFormAgeMs: 86_400_000,
      rateLimit: { burst: 5, perMinute: 2 },
      trustedProxyHops: 0,
    })
  })

  it('reads every knob, so load tests can raise the rate limit', () => {
    const config = parseCommentsConfig({
      COMMENTS_SIGNING_SECRET: 's'.repeat(32),
      COMMENTS_MIN_SUBMIT_MS: '500',
      COMMENTS_MAX_FORM_AGE_HOURS: '2',
      COMMENTS_RATE_LIMIT_BURST: '100000',
      COMMENTS_RATE_LIMIT_PER_MINUTE: '100000',
      COMMENTS_TRUSTED_PROXY_HOPS: '1',
    })
    expect(config).toEqual({
      signingSecret: 's'.repeat(32),
      minSubmitMs: 500,
      maxFormAgeMs: 7_200_000,
      rateLimit: { burst: 100_000, perMinute: 100_000 },
      trustedProxyHops: 1,
    })
  })

  it('names every bad variable in one error', () => {
    expect(() =>
      parseCommentsConfig({ COMMENTS_SIGNING_SECRET: 'short', COMMENTS_RATE_LIMIT_BURST: 'lots' }),
    ).toThrow(
      /COMMENTS_SIGNING_SECRET: must be at least 32 characters\n.*COMMENTS_RATE_LIMIT_BURST/,
    )
  })
})
