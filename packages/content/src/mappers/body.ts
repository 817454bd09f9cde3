import type { RawBody, RawTextBlock } from '../schemas/portable-text'
import { KNOWN_BLOCK_TYPES } from '../schemas/portable-text'
import type { BodyBlock, TextBlock } from '../view-models'
import { toImageView } from './image'

/** A block the storefront cannot render, removed before validation. */
export interface UnknownBlock {
  /** Its position in the stored body. */
  index: number
  blockType: string
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const known = new Set<string>(KNOWN_BLOCK_TYPES)

/**
 * Removes blocks whose `_type` the storefront does not know (a plugin or a newer Studio added
 * them) so that they cannot fail the article. `kept[i]` is the stored index of the i-th remaining
 * block, which lets a validation error point at the block as the editor sees it.
 */
export function dropUnknownBlocks(body: unknown): {
  body: unknown
  kept: number[]
  dropped: UnknownBlock[]
} {
  if (!Array.isArray(body)) return { body, kept: [], dropped: [] }
  const blocks: unknown[] = body
  const kept: number[] = []
  const dropped: UnknownBlock[] = []
  blocks.forEach((block, index) => {
    const blockType = isRecord(block) ? block._type : undefined
    if (typeof blockType === 'string' && !known.has(blockType)) dropped.push({ index, blockType })
    else kept.push(index)
  })
  return { body: kept.map((index) => blocks[index]), kept, dropped }
}

function toTextBlock(block: RawTextBlock): TextBlock {
  return {
    _type: 'block',
    _key: block._key,
    style: block.style ?? 'normal',
    ...(block.listItem ? { listItem: block.listItem, level: block.level ?? 1 } : {}),
    children: (block.children ?? []).map((span) => ({
      _type: 'span',
      _key: span._key,
      text: span.text ?? '',
      marks: span.marks ?? [],
    })),
    markDefs: block.markDefs ?? [],
  }
}

/** The validated body as the storefront renders it. */
export function toBodyBlocks(body: RawBody): BodyBlock[] {
  return body.flatMap((block): BodyBlock[] => {
    switch (block._type) {
      case 'block':
        return [toTextBlock(block)]
      case 'image': {
        // An image block without an asset is an unfinished upload: nothing to show yet.
        const image = toImageView({ ...block, assetRef: block.asset?._ref })
        return image
          ? [{ _type: 'image', _key: block._key, image, caption: block.caption ?? null }]
          : []
      }
    }
  })
}
