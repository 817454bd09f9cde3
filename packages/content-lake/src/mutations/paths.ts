import type { JsonValue } from '../json'

/** One step of a patch path such as `body[_key=="abc"].children[-1].text`. */
export type Segment =
  | { kind: 'attribute'; name: string }
  | { kind: 'index'; index: number }
  | { kind: 'range'; start: number | null; end: number | null }
  | { kind: 'match'; attribute: string; value: JsonValue }
  | { kind: 'all' }

/** Thrown for a path this lake cannot read. */
export class PathError extends Error {}

const IDENT = /^[A-Za-z_$][\w$-]*/
const INT = /^-?\d+/

/** Parses the JSONMatch subset patches use: attributes, `[n]`, `[a:b]`, `[*]`, `[attr=="value"]`, `["key"]`. */
export function parsePath(path: string): Segment[] {
  const segments: Segment[] = []
  let rest = path.trim()
  let first = true
  while (rest.length > 0) {
    if (rest.startsWith('[')) {
      const close = findClose(rest)
      segments.push(parseSelector(rest.slice(1, close).trim(), path))
      rest = rest.slice(close + 1)
    } else {
      if (!first) {
        if (!rest.startsWith('.')) throw new PathError(`Unexpected "${rest[0]}" in path "${path}"`)
        rest = rest.slice(1)
      }
      const ident = IDENT.exec(rest)
      if (!ident) throw new PathError(`Expected an attribute name in path "${path}"`)
      segments.push({ kind: 'attribute', name: ident[0] })
      rest = rest.slice(ident[0].length)
    }
    first = false
  }
  if (segments.length === 0) throw new PathError('Empty path')
  return segments
}

function findClose(text: string): number {
  let quote: string | null = null
  for (let i = 1; i < text.length; i++) {
    const ch = text[i]
    if (quote) {
      if (ch === '\\') i++
      else if (ch === quote) quote = null
    } else if (ch === '"' || ch === "'") quote = ch
    else if (ch === ']') return i
  }
  throw new PathError(`Unclosed "[" in path "${text}"`)
}

function parseSelector(body: string, path: string): Segment {
  if (body === '*') return { kind: 'all' }
  if (/^-?\d+$/.test(body)) return { kind: 'index', index: Number(body) }
  const range = /^(-?\d+)?\s*:\s*(-?\d+)?$/.exec(body)
  if (range) return { kind: 'range', start: toInt(range[1]), end: toInt(range[2]) }
  if (body.startsWith('"') || body.startsWith("'"))
    return { kind: 'attribute', name: parseLiteralString(body, path) }
  const match = /^([A-Za-z_$][\w$-]*)\s*==\s*(.+)$/.exec(body)
  if (match?.[1] && match[2])
    return { kind: 'match', attribute: match[1], value: parseLiteral(match[2].trim(), path) }
  throw new PathError(`Unsupported selector "[${body}]" in path "${path}"`)
}

function toInt(text: string | undefined): number | null {
  return text === undefined ? null : Number(text)
}

function parseLiteral(text: string, path: string): JsonValue {
  if (text.startsWith('"') || text.startsWith("'")) return parseLiteralString(text, path)
  if (INT.test(text) && !Number.isNaN(Number(text))) return Number(text)
  if (text === 'true' || text === 'false') return text === 'true'
  if (text === 'null') return null
  throw new PathError(`Unsupported value ${text} in path "${path}"`)
}

function parseLiteralString(text: string, path: string): string {
  const quote = text[0]
  if (text.length < 2 || text[text.length - 1] !== quote)
    throw new PathError(`Unclosed string in path "${path}"`)
  const inner = text.slice(1, -1)
  return inner.replace(/\\(.)/g, '$1')
}
