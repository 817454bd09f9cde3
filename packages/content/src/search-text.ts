/**
 * The folded copy of a published article's searchable text (`searchText` documents). Sanity's
 * hosted `match` (and plain groq-js) do not fold accents, so the search matches folded terms
 * against this copy instead of the article: "creme" then finds "Crème" on any GROQ engine. The
 * storefront's webhook keeps one copy per published article in step (apps/web/lib/webhook); the
 * seed and the sync script build them with the same functions.
 */
import { defineQuery } from 'groq'
import { foldWord } from './search-terms'

export const SEARCH_TEXT_TYPE = 'searchText'
const ID_PREFIX = 'searchText-'
// Sanity document ids: at most 128 characters of these.
const DOCUMENT_ID = /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}$/

/** Lower case without accents, the folding the search terms use (see foldWord). */
export function foldText(text: string): string {
  return foldWord(text)
}

/**
 * The copy's id: a root path (no `.`), so that anonymous readers can read it like the article.
 * Undefined for an id that is not a published article's (a draft, a release version) or that
 * would make an invalid id.
 */
export function searchTextId(articleId: string): string | undefined {
  if (articleId.includes('.')) return undefined
  const id = `${ID_PREFIX}${articleId}`
  return DOCUMENT_ID.test(id) ? id : undefined
}

/** What a copy is made of: the published article's fields, its body as `pt::text(body)`. */
export interface SearchTextSource {
  _id: string
  title?: string | null
  excerpt?: string | null
  bodyText?: string | null
  publishedAt?: string | null
}

/** A `searchText` document as stored (without the lake's system fields). */
export interface SearchTextDocument {
  _id: string
  _type: typeof SEARCH_TEXT_TYPE
  article: { _type: 'reference'; _ref: string; _weak: true }
  title: string
  excerpt: string
  body: string
  /** The article's, so that the search orders the copies as it ordered the articles. */
  publishedAt: string | null
}

/** The copy of a published article, or undefined when the article cannot have one. */
export function searchTextFor(article: SearchTextSource): SearchTextDocument | undefined {
  const id = searchTextId(article._id)
  if (id === undefined) return undefined
  return {
    _id: id,
    _type: SEARCH_TEXT_TYPE,
    // Weak: deleting the article must not be blocked by its copy.
    article: { _type: 'reference', _ref: article._id, _weak: true },
    title: foldText(article.title ?? ''),
    excerpt: foldText(article.excerpt ?? ''),
    body: foldText(article.bodyText ?? ''),
    publishedAt: article.publishedAt ?? null,
  }
}

/** True when a stored copy already holds `wanted` (so writing it again would change nothing). */
export function isSameSearchText(
  stored: Partial<Record<keyof SearchTextDocument, unknown>> | null | undefined,
  wanted: SearchTextDocument,
): boolean {
  if (!stored) return false
  const ref = stored.article as { _ref?: unknown; _weak?: unknown } | null | undefined
  return (
    stored._type === wanted._type &&
    ref?._ref === wanted.article._ref &&
    ref._weak === true &&
    stored.title === wanted.title &&
    stored.excerpt === wanted.excerpt &&
    stored.body === wanted.body &&
    (stored.publishedAt ?? null) === wanted.publishedAt
  )
}

/**
 * `pt::text(body)` as GROQ computes it (groq-js evaluator/pt.ts): each block's span texts joined,
 * blocks separated by a blank line, nested arrays flattened. For the seed, which has no engine.
 */
export function portableTextOf(value: unknown): string {
  const texts: string[] = []
  const visit = (item: unknown): void => {
    if (Array.isArray(item)) return item.forEach(visit)
    if (typeof item !== 'object' || item === null) return
    const { _type, children } = item as { _type?: unknown; children?: unknown }
    if (typeof _type !== 'string' || !Array.isArray(children)) return
    texts.push(children.map(spanText).join(''))
  }
  visit(value)
  return texts.join('\n\n')
}

function spanText(child: unknown): string {
  if (typeof child !== 'object' || child === null) return ''
  const { _type, text } = child as { _type?: unknown; text?: unknown }
  return _type === 'span' && typeof text === 'string' ? text : ''
}

const sourceFields = /* groq */ `_id, title, excerpt, "bodyText": pt::text(body), publishedAt`

/**
 * One article as it is published now, and its copy as stored (with its `_rev`, which the writer
 * makes its write conditional on), read in one query so both come from one moment. The article
 * is read by its published id with the drafts guard, so a draft never reaches the copy.
 */
export const searchTextSyncQuery = defineQuery(`{
  "article": *[_type == "article" && _id == $articleId && !(_id in path("drafts.**")) && !(_id in path("versions.**"))][0]{${sourceFields}},
  "stored": *[_type == "searchText" && _id == $copyId && !(_id in path("drafts.**")) && !(_id in path("versions.**"))][0]{_id, _type, _rev, article, title, excerpt, body, publishedAt}
}`)

/** One page of published articles by id (the sync script rebuilds every copy from these). */
export const searchTextSourcesQuery = defineQuery(`
  *[_type == "article" && _id > $after && !(_id in path("drafts.**")) && !(_id in path("versions.**"))] | order(_id asc) [0...$limit]{${sourceFields}}
`)

/** One page of stored copies by id with their article's id (the sync script drops orphans). */
export const searchTextCopiesQuery = defineQuery(`
  *[_type == "searchText" && _id > $after && !(_id in path("drafts.**")) && !(_id in path("versions.**"))] | order(_id asc) [0...$limit]{_id, "articleId": article._ref}
`)
