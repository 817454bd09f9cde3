import { join } from 'node:path'
import { BlobStore } from './blobs'
import { DEFAULT_ASSET_LIMITS, type AssetLimits } from './limits'
import { VariantCache } from './variantCache'

/** The origin written into asset `url` fields when no request names one (seed and CLI imports). */
export const DEFAULT_ASSET_ORIGIN = 'https://127.0.0.1:3334'

/** Asset storage of one lake: original bytes, the transformed-variant cache and the limits. */
export interface AssetService {
  blobs: BlobStore
  variants: VariantCache
  limits: AssetLimits
}

/** Opens the asset folders under a lake's data folder. */
export function openAssets(dataDir: string, limits: Partial<AssetLimits> = {}): AssetService {
  const merged = { ...DEFAULT_ASSET_LIMITS, ...limits }
  return {
    blobs: new BlobStore(join(dataDir, 'assets')),
    variants: new VariantCache(join(dataDir, 'variants'), merged.variantCacheBytes),
    limits: merged,
  }
}
