import type { ArticleTarget, CommentStore, NewCommentDocument } from '../comment-store'
import type { CommentEndpointDeps } from '../endpoint-deps'
import { RateLimiter } from '../rate-limit'
import { issueRenderToken } from '../render-token'

export const ARTICLE: ArticleTarget = {
  id: 'article-back-pain',
  slug: 'lower-back-pain',
  commentsEnabled: true,
}
export const CLOSED: ArticleTarget = {
  id: 'article-closed',
  slug: 'closed',
  commentsEnabled: false,
}
export const NOW = 1_750_000_000_000
export const KEYS = { renderToken: Buffer.alloc(32, 1) }

/** An in-memory lake: `createIfNotExists` semantics, and a switch to make it fail. */
export class MemoryStore implements CommentStore {
  readonly documents = new Map<string, NewCommentDocument>()
  failing = false
  writes = 0

  async findArticle(articleId: string): Promise<ArticleTarget | null> {
    if (this.failing) throw new Error('connect ECONNREFUSED 127.0.0.1:3334')
    return [ARTICLE, CLOSED].find((article) => article.id === articleId) ?? null
  }

  async createComment(document: NewCommentDocument): Promise<void> {
    this.writes += 1
    if (this.failing) throw new Error('connect ECONNREFUSED 127.0.0.1:3334')
    if (!this.documents.has(document._id)) this.documents.set(document._id, document)
  }
}

export function testDeps(
  overrides: Partial<CommentEndpointDeps> = {},
): CommentEndpointDeps & { store: MemoryStore; errors: string[] } {
  const errors: string[] = []
  return {
    config: {
      maxBodyBytes: 16 * 1024,
      renderToken: { minAgeMs: 3_000, maxAgeMs: 86_400_000 },
      trustedProxyHops: 0,
    },
    store: new MemoryStore(),
    rateLimiter: new RateLimiter({ burst: 1000, perMinute: 1000, maxClients: 1000 }),
    keys: KEYS,
    now: () => NOW,
    reportError: (context) => errors.push(context),
    errors,
    ...overrides,
  } as CommentEndpointDeps & { store: MemoryStore; errors: string[] }
}

/** The fields a reader's browser sends, rendered 10 s before NOW. */
export function validFields(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    articleId: ARTICLE.id,
    slug: ARTICLE.slug,
    authorName: 'Ann Reader',
    authorEmail: 'ann@example.com',
    body: 'Stretching after runs helped me a lot.',
    website: '',
    renderedAt: issueRenderToken(KEYS.renderToken, ARTICLE.id, NOW - 10_000),
    idempotencyKey: '5f0c6a8e-2a4b-4d7c-9f1e-3b2a1c0d9e8f',
    ...overrides,
  }
}

/** A POST as the enhanced form sends it (JSON answer), or as a plain form (`json: false`). */
export function postRequest(
  fields: Record<string, string>,
  { json = true, headers = {} } = {},
): Request {
  return new Request('http://localhost:3000/api/comments', {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      ...(json ? { accept: 'application/json' } : { accept: 'text/html' }),
      'x-forwarded-for': '203.0.113.7',
      ...headers,
    },
    body: new URLSearchParams(fields),
  })
}
