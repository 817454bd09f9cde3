import sharp, { type Sharp } from 'sharp'
import { focalWindow, clampRect, targetBox, type Size } from './geometry'
import type { OutputFormat, TransformSpec } from './spec'

/** Options that bound one render. */
export interface RenderLimits {
  maxInputPixels: number
}

/** Renders one variant of an image with sharp: rect, orientation, fit, effects, then encoding. */
export async function renderVariant(
  source: Buffer,
  sourceSize: Size,
  spec: TransformSpec,
  format: OutputFormat,
  limits: RenderLimits,
): Promise<Buffer> {
  let image = sharp(source, {
    limitInputPixels: limits.maxInputPixels,
    failOn: 'warning',
  }).autoOrient()
  let size = sourceSize
  const rect = spec.rect ? clampRect(spec.rect, sourceSize) : undefined
  if (rect) {
    image = await materialize(image.extract(rect))
    size = { width: rect.width, height: rect.height }
  }
  if (spec.orientation) {
    image = image.rotate(spec.orientation)
    if (spec.orientation !== 180) size = { width: size.height, height: size.width }
  }
  if (spec.flip?.includes('h')) image = image.flop()
  if (spec.flip?.includes('v')) image = image.flip()
  image = await resize(image, size, spec)
  image = effects(image, spec)
  if (spec.background || format === 'jpg' || format === 'pjpg')
    image = image.flatten({ background: spec.background ?? '#ffffff' })
  return encode(image, format, spec.quality).toBuffer()
}

async function resize(image: Sharp, size: Size, spec: TransformSpec): Promise<Sharp> {
  const box = targetBox(spec, size)
  if (box.width === undefined && box.height === undefined) return image
  const { width, height } = box
  const background = spec.background ?? '#ffffff'
  if (width === undefined || height === undefined)
    return image.resize({ width, height, fit: 'inside', withoutEnlargement: spec.fit === 'max' })
  switch (spec.fit) {
    case 'clip':
    case 'max':
      return image.resize({ width, height, fit: 'inside', withoutEnlargement: spec.fit === 'max' })
    case 'scale':
      return image.resize({ width, height, fit: 'fill' })
    case 'fill':
    case 'fillmax':
      return image.resize({
        width,
        height,
        fit: 'contain',
        background,
        withoutEnlargement: spec.fit === 'fillmax',
      })
    case 'crop':
    case 'min':
      return cover(image, size, { width, height }, spec)
  }
}

async function cover(image: Sharp, size: Size, box: Size, spec: TransformSpec): Promise<Sharp> {
  if (spec.crop === 'entropy')
    return image.resize({ ...box, fit: 'cover', position: sharp.strategy.entropy })
  if (spec.crop !== 'focalpoint' || !spec.focalPoint)
    return image.resize({ ...box, fit: 'cover', position: gravity(spec.crop) })
  const scale = Math.max(box.width / size.width, box.height / size.height)
  const scaled = {
    width: Math.max(box.width, Math.round(size.width * scale)),
    height: Math.max(box.height, Math.round(size.height * scale)),
  }
  const { left, top } = focalWindow(scaled, box, spec.focalPoint)
  const resized = await materialize(image.resize({ ...scaled, fit: 'fill' }))
  return resized.extract({ left, top, ...box })
}

/** Runs the pipeline so far into raw pixels, so the next operations apply after it (sharp reorders otherwise). */
async function materialize(image: Sharp): Promise<Sharp> {
  const { data, info } = await image.raw().toBuffer({ resolveWithObject: true })
  return sharp(data, {
    raw: { width: info.width, height: info.height, channels: info.channels },
    limitInputPixels: false,
  })
}

function gravity(crop: string): string {
  const parts = crop.split(',')
  const vertical = parts.includes('top') ? 'top' : parts.includes('bottom') ? 'bottom' : ''
  const horizontal = parts.includes('left') ? 'left' : parts.includes('right') ? 'right' : ''
  const combined = [vertical, horizontal].filter(Boolean).join(' ')
  return combined === '' ? 'centre' : combined
}

function effects(image: Sharp, spec: TransformSpec): Sharp {
  let out = image
  // Sanity's blur runs 0-2000; sharp's sigma beyond ~100 only costs time.
  if (spec.blur) out = out.blur(Math.min(100, Math.max(0.3, spec.blur / 10)))
  if (spec.sharpen) out = out.sharpen({ sigma: 0.5 + spec.sharpen / 50 })
  if (spec.invert) out = out.negate({ alpha: false })
  if (spec.saturation !== undefined) out = out.modulate({ saturation: 1 + spec.saturation / 100 })
  if (spec.pad) {
    const pad = spec.pad
    out = out.extend({
      top: pad,
      bottom: pad,
      left: pad,
      right: pad,
      background: spec.background ?? '#ffffff',
    })
  }
  return out
}

function encode(image: Sharp, format: OutputFormat, quality: number | undefined) {
  const q = quality ?? 75
  switch (format) {
    case 'jpg':
      return image.jpeg({ quality: q, mozjpeg: false })
    case 'pjpg':
      return image.jpeg({ quality: q, progressive: true })
    case 'png':
      return image.png()
    case 'webp':
      return image.webp({ quality: q })
    case 'avif':
      // effort 2 of 9: AVIF's default effort takes seconds for a hero-sized image on these cores.
      return image.avif({ quality: Math.max(1, q - 20), effort: 2 })
    case 'gif':
      return image.gif()
  }
}
