/** zod schemas for the small shapes the query projections share (see the fragments in queries.ts). */
import { z } from 'zod'
import { isSafeHref, UNSAFE_LINK_MESSAGE } from '../links'

/** A Sanity datetime: ISO 8601 with a time zone. */
export const dateTimeSchema = z.iso.datetime({ offset: true })

/** A link target the storefront may render. */
export const safeHrefSchema = z.string().refine(isSafeHref, UNSAFE_LINK_MESSAGE)

/** `image{"assetRef": asset._ref, alt, "lqip": asset->metadata.lqip, hotspot{...}, crop{...}}` */
export const imageProjectionSchema = z.object({
  assetRef: z.string().nullable(),
  alt: z.string().nullable(),
  lqip: z.string().nullable(),
  hotspot: z
    .object({ x: z.number(), y: z.number(), width: z.number(), height: z.number() })
    .nullable(),
  crop: z
    .object({ top: z.number(), bottom: z.number(), left: z.number(), right: z.number() })
    .nullable(),
})

/** `author->{_id, _type, name, "slug": slug.current, credentials}` */
export const authorSummarySchema = z.object({
  _id: z.string(),
  _type: z.literal('author'),
  name: z.string().min(1),
  slug: z.string().min(1),
  credentials: z.string().nullable(),
})

/** The author with what the byline box shows; profiles elsewhere are https only, as in the Studio. */
export const authorProfileSchema = authorSummarySchema.extend({
  bio: z.string().nullable(),
  sameAs: z
    .array(
      safeHrefSchema.refine((href) => href.startsWith('https://'), 'Profile links must use https'),
    )
    .nullable(),
})

/** `category->{_id, _type, title, "slug": slug.current, description}` */
export const categorySchema = z.object({
  _id: z.string(),
  _type: z.literal('category'),
  title: z.string().min(1),
  slug: z.string().min(1),
  description: z.string().nullable(),
})
