import { badRequest } from '../../errors'
import type { Fit, OutputFormat, Rect, TransformSpec } from './spec'

const FITS: readonly Fit[] = ['clip', 'crop', 'fill', 'fillmax', 'max', 'scale', 'min']
const FORMATS: readonly OutputFormat[] = ['jpg', 'pjpg', 'png', 'webp', 'avif', 'gif']
const CROPS = new Set(['top', 'bottom', 'left', 'right', 'center', 'focalpoint', 'entropy'])

/**
 * Parses the image URL parameters `@sanity/image-url` emits. Sizes are clamped to the lake's output limit
 * (as Sanity's CDN clamps); values that cannot mean anything (`w=abc`, `fit=zoom`) are a 400 naming the
 * parameter. Unknown parameters are ignored, as on Sanity.
 */
export function parseTransform(search: URLSearchParams, maxSide: number): TransformSpec {
  const dpr = number(search, 'dpr', 0.1, 5) ?? 1
  const size = (name: string): number | undefined => {
    const value = number(search, name, 1, Number.MAX_SAFE_INTEGER)
    return value === undefined ? undefined : Math.min(maxSide, Math.max(1, Math.round(value * dpr)))
  }
  const fit = oneOf(search, 'fit', FITS) ?? 'clip'
  const flip = search.get('flip')
  if (flip !== null && flip !== 'h' && flip !== 'v' && flip !== 'hv')
    throw badRequest(`Invalid flip "${flip}": expected h, v or hv`)
  return {
    width: size('w'),
    height: size('h'),
    rect: rect(search.get('rect')),
    fit,
    crop: cropOf(search.get('crop')),
    focalPoint: focalPoint(search),
    format: oneOf(search, 'fm', FORMATS),
    autoFormat: (search.get('auto') ?? '').split(',').includes('format'),
    quality: integer(search, 'q', 0, 100),
    background: background(search.get('bg')),
    blur: number(search, 'blur', 0, 2000),
    sharpen: number(search, 'sharp', 0, 100),
    invert: search.get('invert') === 'true' || search.get('invert') === '1',
    flip: flip ?? undefined,
    orientation: orientation(search.get('or')),
    saturation: number(search, 'sat', -100, 100),
    minWidth: size('min-w'),
    maxWidth: size('max-w'),
    minHeight: size('min-h'),
    maxHeight: size('max-h'),
    pad: integer(search, 'pad', 0, 1000),
    download: search.get('dl') ?? undefined,
  }
}

function number(search: URLSearchParams, name: string, min: number, max: number) {
  const raw = search.get(name)
  if (raw === null || raw === '') return undefined
  const value = Number(raw)
  if (!Number.isFinite(value)) throw badRequest(`Invalid ${name} "${raw}": expected a number`)
  return Math.min(max, Math.max(min, value))
}

function integer(search: URLSearchParams, name: string, min: number, max: number) {
  const value = number(search, name, min, max)
  return value === undefined ? undefined : Math.round(value)
}

function oneOf<T extends string>(search: URLSearchParams, name: string, allowed: readonly T[]) {
  const raw = search.get(name)
  if (raw === null || raw === '') return undefined
  const found = allowed.find((value) => value === raw)
  if (!found) throw badRequest(`Invalid ${name} "${raw}": expected one of ${allowed.join(', ')}`)
  return found
}

function rect(raw: string | null): Rect | undefined {
  if (raw === null || raw === '') return undefined
  const parts = raw.split(',').map(Number)
  const [left, top, width, height] = parts
  if (
    parts.length !== 4 ||
    left === undefined ||
    top === undefined ||
    width === undefined ||
    height === undefined ||
    !parts.every((n) => Number.isInteger(n) && n >= 0) ||
    width === 0 ||
    height === 0
  )
    throw badRequest(`Invalid rect "${raw}": expected left,top,width,height in whole pixels`)
  return { left, top, width, height }
}

function cropOf(raw: string | null): string {
  if (raw === null || raw === '') return 'center'
  const parts = raw.split(',')
  if (!parts.every((part) => CROPS.has(part)))
    throw badRequest(`Invalid crop "${raw}": expected ${[...CROPS].join(', ')}`)
  return parts.sort().join(',')
}

function focalPoint(search: URLSearchParams): { x: number; y: number } | undefined {
  const x = number(search, 'fp-x', 0, 1)
  const y = number(search, 'fp-y', 0, 1)
  if (x === undefined && y === undefined) return undefined
  return { x: x ?? 0.5, y: y ?? 0.5 }
}

function background(raw: string | null): string | undefined {
  if (raw === null || raw === '') return undefined
  const hex = raw.replace(/^#/, '').toLowerCase()
  if (!/^([0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/.test(hex))
    throw badRequest(`Invalid bg "${raw}": expected a hex colour (rgb, rrggbb or aarrggbb)`)
  if (hex.length === 3) return `#${[...hex].map((c) => c + c).join('')}`
  // Sanity's 8-digit form is ARGB; sharp wants RGBA.
  if (hex.length === 8) return `#${hex.slice(2)}${hex.slice(0, 2)}`
  return `#${hex}`
}

function orientation(raw: string | null): 0 | 90 | 180 | 270 | undefined {
  if (raw === null || raw === '') return undefined
  switch (raw) {
    case '0':
      return 0
    case '90':
      return 90
    case '180':
      return 180
    case '270':
      return 270
    default:
      throw badRequest(`Invalid or "${raw}": expected 0, 90, 180 or 270`)
  }
}
