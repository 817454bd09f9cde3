import type { Rect, TransformSpec } from './spec'

/** A size in pixels. */
export interface Size {
  width: number
  height: number
}

/** Clamps a requested rect into the image; an empty intersection is treated as the whole image. */
export function clampRect(rect: Rect, image: Size): Rect | undefined {
  const left = Math.min(rect.left, image.width - 1)
  const top = Math.min(rect.top, image.height - 1)
  const width = Math.min(rect.width, image.width - left)
  const height = Math.min(rect.height, image.height - top)
  if (left === 0 && top === 0 && width === image.width && height === image.height) return undefined
  return { left, top, width, height }
}

/** Applies `min-w`/`max-w`/`min-h`/`max-h` to the requested box, and fills a missing side from the source ratio. */
export function targetBox(spec: TransformSpec, source: Size): Partial<Size> {
  let width = spec.width
  let height = spec.height
  if (spec.maxWidth !== undefined) width = Math.min(width ?? source.width, spec.maxWidth)
  if (spec.minWidth !== undefined) width = Math.max(width ?? source.width, spec.minWidth)
  if (spec.maxHeight !== undefined) height = Math.min(height ?? source.height, spec.maxHeight)
  if (spec.minHeight !== undefined) height = Math.max(height ?? source.height, spec.minHeight)
  return { width, height }
}

/**
 * The window a focal-point crop keeps after scaling the source to cover the box: centred on the focal
 * point, moved inwards where it would leave the image.
 */
export function focalWindow(
  scaled: Size,
  box: Size,
  focal: { x: number; y: number },
): { left: number; top: number } {
  const left = Math.round(focal.x * scaled.width - box.width / 2)
  const top = Math.round(focal.y * scaled.height - box.height / 2)
  return {
    left: Math.max(0, Math.min(scaled.width - box.width, left)),
    top: Math.max(0, Math.min(scaled.height - box.height, top)),
  }
}
