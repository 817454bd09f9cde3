/**
 * The article body as stored: Portable Text restricted to what the Studio offers (blockContent).
 * Known blocks are validated strictly; blocks of other types are removed before parsing
 * (see dropUnknownBlocks) so that one unrenderable block never takes the whole article down.
 */
import { z } from 'zod'
import { safeHrefSchema } from './primitives'

export const DECORATORS = ['strong', 'em'] as const
export const KNOWN_BLOCK_TYPES = ['block', 'image'] as const

const spanSchema = z.object({
  _type: z.literal('span'),
  _key: z.string(),
  text: z.string().optional(),
  marks: z.array(z.string()).optional(),
})

const linkSchema = z.object({ _type: z.literal('link'), _key: z.string(), href: safeHrefSchema })

export const textBlockSchema = z
  .object({
    _type: z.literal('block'),
    _key: z.string(),
    style: z.enum(['normal', 'h2', 'h3', 'blockquote']).optional(),
    listItem: z.enum(['bullet', 'number']).optional(),
    level: z.number().int().min(1).max(10).optional(),
    children: z.array(spanSchema).optional(),
    markDefs: z.array(linkSchema).optional(),
  })
  .superRefine((block, ctx) => {
    // A mark is a decorator or the key of one of this block's annotations; anything else would
    // render as an unstyled or dangling annotation.
    const known = new Set<string>([...DECORATORS, ...(block.markDefs ?? []).map((def) => def._key)])
    block.children?.forEach((child, i) =>
      child.marks?.forEach((mark, j) => {
        if (!known.has(mark)) {
          ctx.addIssue({
            code: 'custom',
            path: ['children', i, 'marks', j],
            message: `Unknown mark "${mark}": expected strong, em or a link key`,
          })
        }
      }),
    )
  })

const assetReferenceSchema = z.object({
  _ref: z.string(),
  _type: z.literal('reference'),
  _weak: z.boolean().optional(),
})

const hotspotSchema = z.object({
  _type: z.literal('sanity.imageHotspot'),
  x: z.number(),
  y: z.number(),
  height: z.number(),
  width: z.number(),
})

const cropSchema = z.object({
  _type: z.literal('sanity.imageCrop'),
  top: z.number(),
  bottom: z.number(),
  left: z.number(),
  right: z.number(),
})

export const imageBlockSchema = z.object({
  _type: z.literal('image'),
  _key: z.string(),
  asset: assetReferenceSchema.optional(),
  media: z.unknown().optional(),
  hotspot: hotspotSchema.optional(),
  crop: cropSchema.optional(),
  alt: z.string().optional(),
  caption: z.string().optional(),
  /** Joined from the asset by the article query: the blur placeholder. */
  lqip: z.string().nullable().optional(),
})

export const bodySchema = z.array(
  z.discriminatedUnion('_type', [textBlockSchema, imageBlockSchema]),
)

export type RawBody = z.output<typeof bodySchema>
export type RawTextBlock = z.output<typeof textBlockSchema>
export type RawImageBlock = z.output<typeof imageBlockSchema>
