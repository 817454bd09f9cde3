import { diskCacheBytes, diskCacheDir, redisUrl } from './config'
import { sharedRedis, type Store } from './connection'
import { createDiskStore } from './disk-store'

const disks = new Map<string, Store>()

/**
 * The store of one kind of entry in this process: Redis when REDIS_URL is set (shared by every
 * instance), files otherwise. Each kind has its own folder, so the two handlers never share one.
 */
export function sharedStore(kind: 'page' | 'use-cache'): Store {
  if (redisUrl() !== null) return sharedRedis()
  const known = disks.get(kind)
  if (known) return known
  const store = createDiskStore(`${diskCacheDir()}/${kind}`, diskCacheBytes())
  disks.set(kind, store)
  return store
}
