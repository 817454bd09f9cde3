// Portable Text builders for the seed. Keys are derived from the document id and the position, so
// that rebuilding the seed gives byte-identical output.
import { createHash } from 'node:crypto'

/** A stable `_key` for the thing at `position` (e.g. `body[3].children[0]`) of document `docId`. */
export function keyFor(docId, position) {
  return createHash('sha256').update(`${docId}/${position}`).digest('hex').slice(0, 12)
}

const INLINE = /(\*\*[^*]+\*\*|\*[^*]+\*|\[[^\]]+\]\([^)\s]+\))/

/**
 * Spans and link annotations from a line of tiny markup: **strong**, *em* and [text](href).
 * The seed's own articles use it; the converted article is plain text and never goes through it.
 */
function inline(docId, position, text) {
  const children = []
  const markDefs = []
  for (const part of text.split(INLINE).filter((piece) => piece !== '')) {
    const at = `${position}.children[${children.length}]`
    const link = /^\[([^\]]+)\]\(([^)\s]+)\)$/.exec(part)
    if (link) {
      const _key = keyFor(docId, `${position}.markDefs[${markDefs.length}]`)
      markDefs.push({ _type: 'link', _key, href: link[2] })
      children.push({ _type: 'span', _key: keyFor(docId, at), text: link[1], marks: [_key] })
    } else if (part.startsWith('**')) {
      children.push({
        _type: 'span',
        _key: keyFor(docId, at),
        text: part.slice(2, -2),
        marks: ['strong'],
      })
    } else if (part.startsWith('*')) {
      children.push({
        _type: 'span',
        _key: keyFor(docId, at),
        text: part.slice(1, -1),
        marks: ['em'],
      })
    } else {
      children.push({ _type: 'span', _key: keyFor(docId, at), text: part, marks: [] })
    }
  }
  return { children, markDefs }
}

/** One text block; `kind` is a style (normal, h2, h3, blockquote) or a list (bullet, number). */
export function textBlock(docId, index, kind, text, { markup = false } = {}) {
  const position = `body[${index}]`
  const list = kind === 'bullet' || kind === 'number'
  const { children, markDefs } = markup
    ? inline(docId, position, text)
    : {
        children: [
          { _type: 'span', _key: keyFor(docId, `${position}.children[0]`), text, marks: [] },
        ],
        markDefs: [],
      }
  return {
    _type: 'block',
    _key: keyFor(docId, position),
    style: list ? 'normal' : kind,
    ...(list ? { listItem: kind, level: 1 } : {}),
    markDefs,
    children,
  }
}

/** A body from `[kind, text]` pairs written in the tiny markup. */
export function body(docId, lines) {
  return lines.map(([kind, text], index) => textBlock(docId, index, kind, text, { markup: true }))
}
