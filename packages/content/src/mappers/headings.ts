import type { BodyBlock, Heading } from '../view-models'

/** A URL fragment from heading text: lower case, ASCII letters and digits joined by dashes. */
export function slugifyHeading(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  return slug || 'section'
}

/** Gives every h2/h3 block a stable, unique `anchorId` and returns the table of contents. */
export function withHeadingAnchors(blocks: BodyBlock[]): {
  body: BodyBlock[]
  headings: Heading[]
} {
  const taken = new Set<string>()
  const headings: Heading[] = []
  const body = blocks.map((block) => {
    if (
      block._type !== 'block' ||
      (block.style !== 'h2' && block.style !== 'h3') ||
      block.listItem
    ) {
      return block
    }
    const text = block.children
      .map((child) => child.text)
      .join('')
      .trim()
    const base = slugifyHeading(text)
    // Repeated headings get -2, -3, ... in reading order, so earlier anchors never move.
    let id = base
    for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`
    taken.add(id)
    headings.push({ id, text, level: block.style === 'h2' ? 2 : 3 })
    return { ...block, anchorId: id }
  })
  return { body, headings }
}
