import type { JsonObject } from '../json'

type Rgb = [number, number, number]

interface Swatch {
  rgb: Rgb
  population: number
  saturation: number
  lightness: number
}

/** Which swatch each of Sanity's palette slots wants: lightness and saturation targets. */
const SLOTS: ReadonlyArray<[string, number, number]> = [
  ['vibrant', 0.5, 1],
  ['darkVibrant', 0.26, 1],
  ['lightVibrant', 0.74, 1],
  ['muted', 0.5, 0.3],
  ['darkMuted', 0.26, 0.3],
  ['lightMuted', 0.74, 0.3],
]

/**
 * A palette in Sanity's `sanity.imagePalette` shape from raw RGB(A) pixels of a small thumbnail. Colours
 * are bucketed (4 bits per channel) and each slot takes the best-scoring bucket: cheap, and close enough
 * to Sanity's Vibrant-style palette for choosing text colours over an image.
 */
export function paletteOf(pixels: Buffer, channels: number): JsonObject {
  const swatches = bucketize(pixels, channels)
  const total = swatches.reduce((sum, s) => sum + s.population, 0) || 1
  const dominant = swatches.reduce<Swatch | undefined>(
    (best, s) => (!best || s.population > best.population ? s : best),
    undefined,
  )
  const palette: JsonObject = { _type: 'sanity.imagePalette' }
  if (dominant) palette.dominant = swatchJson(dominant, total)
  for (const [name, lightness, saturation] of SLOTS) {
    const best = pick(swatches, lightness, saturation, total)
    if (best) palette[name] = swatchJson(best, total)
  }
  return palette
}

function bucketize(pixels: Buffer, channels: number): Swatch[] {
  const buckets = new Map<number, { sum: Rgb; count: number }>()
  for (let i = 0; i + 2 < pixels.length; i += channels) {
    // Nearly transparent pixels say nothing about the visible colours.
    if (channels === 4 && (pixels[i + 3] ?? 255) < 128) continue
    const [r, g, b] = [pixels[i] ?? 0, pixels[i + 1] ?? 0, pixels[i + 2] ?? 0]
    const key = ((r >> 4) << 8) | ((g >> 4) << 4) | (b >> 4)
    const bucket = buckets.get(key) ?? { sum: [0, 0, 0], count: 0 }
    bucket.sum = [bucket.sum[0] + r, bucket.sum[1] + g, bucket.sum[2] + b]
    bucket.count++
    buckets.set(key, bucket)
  }
  return [...buckets.values()].map(({ sum, count }) => {
    const rgb: Rgb = [
      Math.round(sum[0] / count),
      Math.round(sum[1] / count),
      Math.round(sum[2] / count),
    ]
    return { rgb, population: count, ...saturationLightness(rgb) }
  })
}

function pick(swatches: Swatch[], lightness: number, saturation: number, total: number) {
  let best: Swatch | undefined
  let bestScore = -Infinity
  for (const s of swatches) {
    const score =
      -Math.abs(s.lightness - lightness) * 6 -
      Math.abs(s.saturation - saturation) * 3 +
      (s.population / total) * 1
    if (score > bestScore) {
      best = s
      bestScore = score
    }
  }
  return best
}

function saturationLightness([r, g, b]: Rgb): { saturation: number; lightness: number } {
  const max = Math.max(r, g, b) / 255
  const min = Math.min(r, g, b) / 255
  const lightness = (max + min) / 2
  const delta = max - min
  const saturation = delta === 0 ? 0 : delta / (1 - Math.abs(2 * lightness - 1))
  return { saturation, lightness }
}

function hex([r, g, b]: Rgb): string {
  return `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`
}

function swatchJson(swatch: Swatch, total: number): JsonObject {
  return {
    _type: 'sanity.imagePaletteSwatch',
    background: hex(swatch.rgb),
    // Sanity picks white or black text, whichever reads on the background.
    foreground: swatch.lightness > 0.6 ? '#000' : '#fff',
    population: Math.round((swatch.population / total) * 10000) / 100,
    title: swatch.lightness > 0.6 ? '#000' : '#fff',
  }
}
