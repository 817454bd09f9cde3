/** The seeded article the comment tests write under, and how to get its form's signed time. */
export const ARTICLE = {
  id: 'article-lower-back-pain-after-exercise',
  slug: 'how-to-prevent-lower-back-pain-after-exercise',
  path: '/blog/how-to-prevent-lower-back-pain-after-exercise',
} as const

/** The minimum time between rendering and posting, as the storefront is configured by default. */
export const DEFAULT_MIN_SUBMIT_MS = 3_000

/**
 * A signed `renderedAt` for the article's form, from where the enhanced form in a browser gets it
 * (`GET /api/comments/token`), with the time it was issued.
 */
export async function liveFormToken(webUrl: string): Promise<{ token: string; issuedAt: number }> {
  const response = await fetch(
    `${webUrl}/api/comments/token?${new URLSearchParams({ articleId: ARTICLE.id }).toString()}`,
  )
  const body = (await response.json()) as { ok?: boolean; renderedAt?: string }
  const token = body.renderedAt
  if (response.status !== 200 || !token || !/^\d{13}\.[A-Za-z0-9_-]{43}$/.test(token))
    throw new Error(`no comment form token for ${ARTICLE.id} (HTTP ${response.status})`)
  return { token, issuedAt: Number(token.split('.')[0]) }
}

/** The fields the enhanced form posts, for a comment identified by `key`. */
export function commentFields(
  token: string,
  key: string,
  body: string,
  authorName = 'Load Tester',
): URLSearchParams {
  return new URLSearchParams({
    articleId: ARTICLE.id,
    slug: ARTICLE.slug,
    authorName,
    authorEmail: '',
    body,
    website: '',
    renderedAt: token,
    idempotencyKey: key,
  })
}
