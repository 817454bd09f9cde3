import type { CommentStore } from './comment-store'
import type { RateLimit } from './rate-limit'
import type { RenderTokenPolicy } from './render-token'

/** Limits and knobs of the comment endpoint. */
export interface CommentEndpointConfig {
  maxBodyBytes: number
  renderToken: RenderTokenPolicy
  trustedProxyHops: number
  /** The caching proxy's secret: when set, only its `x-client-ip` names the client. */
  proxySecret?: string
}

/** Everything the endpoint talks to, injected so tests can replace any of it. */
export interface CommentEndpointDeps {
  config: CommentEndpointConfig
  store: CommentStore
  rateLimiter: RateLimit
  keys: { renderToken: Buffer }
  now: () => number
  /** Reports a failure of the lake (never a reader's mistake); must not log secrets. */
  reportError: (context: string, error: unknown) => void
}
