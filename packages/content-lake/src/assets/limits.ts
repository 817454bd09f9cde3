/** Bounds that keep one upload or one transform from exhausting the lake's memory, CPU or disk. */
export interface AssetLimits {
  /** Largest accepted upload in bytes (413 beyond it). */
  maxUploadBytes: number
  /** Largest image by pixel count, checked from the header before any decoding (decompression bombs). */
  maxInputPixels: number
  /** Largest output side in pixels a transform may produce (w, h and dpr are clamped to it). */
  maxOutputSide: number
  /** Disk budget of the transformed-variant cache; the least recently used variants go first. */
  variantCacheBytes: number
}

/** Defaults: Sanity accepts large uploads too, but a local lake has no reason to hold 100 MP images. */
export const DEFAULT_ASSET_LIMITS: AssetLimits = {
  maxUploadBytes: 50 * 1024 * 1024,
  maxInputPixels: 50_000_000,
  maxOutputSide: 8192,
  variantCacheBytes: 256 * 1024 * 1024,
}
