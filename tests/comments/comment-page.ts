/** The seeded article the comment tests write under, and how to read its live form. */
export const ARTICLE = {
  id: 'article-lower-back-pain-after-exercise',
  slug: 'how-to-prevent-lower-back-pain-after-exercise',
  path: '/blog/how-to-prevent-lower-back-pain-after-exercise',
} as const

/** The minimum time between rendering and posting, as the storefront is configured by default. */
export const DEFAULT_MIN_SUBMIT_MS = 3_000

const TOKEN = /name="renderedAt" value="(\d{13}\.[A-Za-z0-9_-]{43})"/

/**
 * Loads the article and returns the signed `renderedAt` of its live comment form (streamed into
 * the page), with the time it was issued: what the enhanced form in a browser would post.
 */
export async function liveFormToken(webUrl: string): Promise<{ token: string; issuedAt: number }> {
  const response = await fetch(`${webUrl}${ARTICLE.path}`)
  const html = await response.text()
  const token = TOKEN.exec(html)?.[1]
  if (response.status !== 200 || !token)
    throw new Error(`no live comment form on ${ARTICLE.path} (HTTP ${response.status})`)
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
