import type { OutputFormat, TransformSpec } from './spec'

/** The format a request gets: `fm`, else with `auto=format` the best one `Accept` allows, else the source's. */
export function chooseFormat(spec: TransformSpec, sourceExt: string, accept: string): OutputFormat {
  if (spec.format) return spec.format
  // WebP before AVIF: both are far smaller than JPEG, and WebP encodes many times faster on first view.
  if (spec.autoFormat && /image\/webp/.test(accept)) return 'webp'
  if (spec.autoFormat && /image\/avif/.test(accept)) return 'avif'
  return sourceFormat(sourceExt)
}

/** What a source format is served as when transformed (vector and camera formats become raster web formats). */
export function sourceFormat(ext: string): OutputFormat {
  switch (ext) {
    case 'png':
    case 'svg':
      return 'png'
    case 'webp':
      return 'webp'
    case 'gif':
      return 'gif'
    case 'avif':
      return 'avif'
    default:
      return 'jpg'
  }
}

/** The content type of an output format. */
export function mimeOf(format: OutputFormat): string {
  switch (format) {
    case 'jpg':
    case 'pjpg':
      return 'image/jpeg'
    case 'png':
      return 'image/png'
    case 'webp':
      return 'image/webp'
    case 'avif':
      return 'image/avif'
    case 'gif':
      return 'image/gif'
  }
}
