import type { CommentResponse, FormTokenResponse } from '../shared/form-state'
import { escapeHtml } from './escape-html'
import { wellFormed } from './well-formed'

/**
 * The endpoint's answers. The enhanced form asks for JSON and gets a status code that says what
 * happened; a plain form post gets a 303 back to the article, or a page with the form again.
 */

// `no-transform` keeps `next start` (and proxies) from gzipping these answers: they are a few
// bytes to a few kB, and a gzip stream per answer cost about as much CPU as the rest of the
// request (bench: tests/bench/comments.mjs --cpu-prof). Next's compression only skips small
// bodies whose length it knows, which a streamed Response never declares.
const COMMON_HEADERS = {
  'cache-control': 'no-store, no-transform',
  'x-content-type-options': 'nosniff',
}

/** A JSON answer for the enhanced form. */
export function jsonAnswer(
  status: number,
  body: CommentResponse | FormTokenResponse,
  headers: Record<string, string> = {},
): Response {
  return Response.json(body, { status, headers: { ...COMMON_HEADERS, ...headers } })
}

/** An HTML answer for a plain form post. */
export function htmlAnswer(
  status: number,
  html: string,
  headers: Record<string, string> = {},
): Response {
  return new Response(html, {
    status,
    headers: { ...COMMON_HEADERS, ...headers, 'content-type': 'text/html; charset=utf-8' },
  })
}

/** The path of an article; the slug is encoded, so it can never leave the site or the segment. */
export function articlePath(slug: string): string {
  return `/blog/${encodeURIComponent(wellFormed(slug))}`
}

/** A 303 to a path on this site. */
export function redirect(location: string): Response {
  return new Response(null, { status: 303, headers: { ...COMMON_HEADERS, location } })
}

/** A small HTML page with one message, for a plain form post that cannot be shown its form again. */
export function plainPage(status: number, message: string): Response {
  return htmlAnswer(
    status,
    `<!doctype html><html lang="en"><meta charset="utf-8"><title>Leave a comment</title><p>${escapeHtml(message)}</p></html>`,
  )
}

/** True when the client asked for JSON: the enhanced form does, a browser's plain form post does not. */
export function wantsJson(request: Request): boolean {
  const accept = request.headers.get('accept') ?? ''
  const contentType = request.headers.get('content-type') ?? ''
  return (
    accept.includes('application/json') || contentType.toLowerCase().startsWith('application/json')
  )
}
