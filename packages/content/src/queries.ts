/**
 * Every GROQ query the storefront runs. TypeGen reads this file (`npm run typegen`) and writes the
 * result types to sanity.types.ts; schemas.ts validates the same shapes at run time.
 * No query ever selects `authorEmail`: a comment's email is private (a test enforces this).
 */
import { defineQuery } from 'groq'
import { LIVE_DEAL_FILTER } from './deal-rule'

// The client reads with perspective `published`; the filter repeats it so that a backend that
// ignores perspectives (or a raw read) can never leak a draft or a release version.
const published = /* groq */ `!(_id in path("drafts.**")) && !(_id in path("versions.**"))`

// lqip (a tiny inlined JPEG) is the blur placeholder; hotspot and crop steer @sanity/image-url's crops.
const imageFields = /* groq */ `"assetRef": asset._ref, alt, "lqip": asset->metadata.lqip, hotspot{x, y, width, height}, crop{top, bottom, left, right}`

const authorSummaryFields = /* groq */ `_id, _type, name, "slug": slug.current, credentials`

const categoryFields = /* groq */ `_id, _type, title, "slug": slug.current, description`

// Rough but cheap: the storefront only needs minutes of reading time, not an exact count.
const wordCount = /* groq */ `"wordCount": length(string::split(pt::text(body), " "))`

const cardFields = /* groq */ `
  _id,
  _type,
  title,
  "slug": slug.current,
  excerpt,
  publishedAt,
  "heroImage": heroImage{${imageFields}},
  "author": author->{${authorSummaryFields}},
  "categories": array::compact(categories[]->{${categoryFields}}),
  ${wordCount}
`

const newestFirst = /* groq */ `order(publishedAt desc, _id asc)`

export const articleBySlugQuery = defineQuery(`
  *[_type == "article" && slug.current == $slug && ${published}][0]{
    ${cardFields},
    _updatedAt,
    "body": body[]{..., _type == "image" => {"lqip": asset->metadata.lqip}},
    "authorProfile": author->{${authorSummaryFields}, bio, sameAs},
    "medicalReviewer": medicalReviewer->{${authorSummaryFields}},
    reviewedAt,
    commentsEnabled,
    "approvedCommentCount": count(*[_type == "comment" && article._ref == ^._id && status == "approved" && ${published}]),
    "seo": seo{title, description, "image": image{${imageFields}}}
  }
`)

export const articleListQuery = defineQuery(`{
  "items": *[_type == "article" && ${published}] | ${newestFirst} [$start...$end]{${cardFields}},
  "total": count(*[_type == "article" && ${published}])
}`)

export const relatedArticlesQuery = defineQuery(`
  *[_type == "article" && ${published} && _id != $id && count((categories[]._ref)[@ in $categoryIds]) > 0]
    | ${newestFirst} [0...$limit]{${cardFields}}
`)

export const categoryBySlugQuery = defineQuery(`
  *[_type == "category" && slug.current == $slug && ${published}][0]{
    ${categoryFields},
    "articles": *[_type == "article" && ${published} && references(^._id)] | ${newestFirst} {${cardFields}}
  }
`)

export const categoryListQuery = defineQuery(`
  *[_type == "category" && ${published}] | order(title asc, _id asc){${categoryFields}}
`)

const enabledDeal = /* groq */ `_type == "deal" && enabled == true && ${published}`

const dealBoundaries = /* groq */ `*[
    ${enabledDeal}
    && ((defined(startsAt) && dateTime(startsAt) > dateTime($now))
      || (defined(endsAt) && dateTime(endsAt) > dateTime($now)))
  ]{startsAt, endsAt}`

const dealTermsFields = /* groq */ `_id, _type, label, message, emoji, link, startsAt, endsAt`

export const dealsQuery = defineQuery(`{
  "active": *[${LIVE_DEAL_FILTER} && ${published}]
    | order(priority desc, _updatedAt desc)[0]{${dealTermsFields}, _rev},
  "boundaries": ${dealBoundaries}
}`)

export const approvedCommentsQuery = defineQuery(`
  *[_type == "comment" && article._ref == $articleId && status == "approved" && ${published}]
    | order(submittedAt asc, _id asc){_id, _type, authorName, body, submittedAt}
`)

export const siteSettingsQuery = defineQuery(`
  *[_type == "siteSettings" && _id == "siteSettings"][0]{
    _id,
    _type,
    title,
    description,
    "navigation": navigation[]{_key, label, href},
    footer,
    "defaultShareImage": defaultShareImage{${imageFields}}
  }
`)

export const articleSlugsQuery = defineQuery(`
  *[_type == "article" && ${published} && defined(slug.current)] | ${newestFirst}.slug.current
`)

/** The deals page: every live deal, the announced upcoming ones, and when that next changes. */
export const dealsPageQuery = defineQuery(`{
  "live": *[${LIVE_DEAL_FILTER} && ${published}]
    | order(priority desc, _updatedAt desc){${dealTermsFields}},
  "upcoming": *[${enabledDeal} && announce == true && defined(startsAt) && dateTime(startsAt) > dateTime($now)]
    | order(startsAt asc, _id asc){${dealTermsFields}},
  "boundaries": ${dealBoundaries}
}`)

// `$terms` are folded match patterns made by the storefront from the reader's words (never GROQ
// text). They match each published article's folded copy (search-text.ts), so an unaccented word
// finds an accented one on any engine. A copy counts only while its article is published: the
// join runs last, on copies that matched.
const searchable = /* groq */ `_type == "searchText" && ${published} && [title, excerpt, body] match $terms && defined(article->_id)`

/**
 * Published articles matching every term, best first: title hits weigh most, then the excerpt.
 * The matches are found once and both sliced and counted (a separate count would run `match`
 * over every copy again); only the page's hits are joined to their articles and projected. The
 * body text returned is the article's own, so highlighting marks the words as written.
 */
export const searchArticlesQuery = defineQuery(`{
  "hits": *[${searchable}]
    | score(boost(title match $terms, 6), boost(excerpt match $terms, 3), body match $terms)
    | order(_score desc, publishedAt desc, _id asc)
}{
  "items": hits[$start...$end].article->{
    ${cardFields},
    "bodyText": pt::text(body)
  },
  "total": count(hits)
}`)

/** The newest articles for the RSS and Atom feeds. */
export const feedArticlesQuery = defineQuery(`
  *[_type == "article" && ${published}] | ${newestFirst} [0...$limit]{${cardFields}, _updatedAt}
`)

/** Everything the sitemap lists, with the time each last changed. */
export const sitemapQuery = defineQuery(`{
  "articles": *[_type == "article" && ${published} && defined(slug.current)] | ${newestFirst}{
    "slug": slug.current,
    _updatedAt,
    "images": [heroImage{${imageFields}}, seo.image{${imageFields}}]
  },
  "categories": *[_type == "category" && ${published} && defined(slug.current)] | order(title asc, _id asc){
    "slug": slug.current,
    _updatedAt
  },
  "dealsUpdatedAt": *[_type == "deal" && ${published}] | order(_updatedAt desc)[0]._updatedAt
}`)
