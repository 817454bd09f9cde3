/**
 * zod schemas of every query result (raw GROQ shapes) and the mappers to view models.
 * The client uses them; they are exported for tests and for anyone validating content elsewhere.
 */
export * from './schemas/primitives'
export * from './schemas/portable-text'
export * from './schemas/results'
export { readingMinutes, toArticle, toArticleCard } from './mappers/article'
export { dropUnknownBlocks, toBodyBlocks } from './mappers/body'
export { nextChangeAt, toDeal } from './mappers/deal'
export { slugifyHeading, withHeadingAnchors } from './mappers/headings'
export { toImageView } from './mappers/image'
export { toCategory, toPublicComment, toSiteSettings } from './mappers/site'
