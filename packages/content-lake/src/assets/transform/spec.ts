/** How a transform fits the image into the requested box (Sanity's `fit`, after imgix). */
export type Fit = 'clip' | 'crop' | 'fill' | 'fillmax' | 'max' | 'scale' | 'min'

/** Output formats of `fm`. */
export type OutputFormat = 'jpg' | 'pjpg' | 'png' | 'webp' | 'avif' | 'gif'

/** A rectangle in source pixels (`rect=left,top,width,height`). */
export interface Rect {
  left: number
  top: number
  width: number
  height: number
}

/** A validated, normalized image transform: equal specs give the same bytes and the same cache key. */
export interface TransformSpec {
  width?: number
  height?: number
  rect?: Rect
  fit: Fit
  /** `center`, `focalpoint`, `entropy` or a combination of `top`/`bottom`/`left`/`right`. */
  crop: string
  focalPoint?: { x: number; y: number }
  /** Explicit `fm`; `auto=format` picks by `Accept` when this is missing. */
  format?: OutputFormat
  autoFormat: boolean
  quality?: number
  /** `#rrggbb` or `#rrggbbaa`. */
  background?: string
  blur?: number
  sharpen?: number
  invert: boolean
  flip?: 'h' | 'v' | 'hv'
  orientation?: 0 | 90 | 180 | 270
  saturation?: number
  minWidth?: number
  maxWidth?: number
  minHeight?: number
  maxHeight?: number
  pad?: number
  /** `dl`: download with this file name (empty: the original name). */
  download?: string
}

/** True when the spec changes nothing, so the original bytes can be served as they are. */
export function isIdentity(spec: TransformSpec): boolean {
  const { fit, crop, autoFormat, invert, download, ...rest } = spec
  return (
    fit === 'clip' &&
    crop === 'center' &&
    !autoFormat &&
    !invert &&
    download === undefined &&
    Object.values(rest).every((value) => value === undefined)
  )
}
