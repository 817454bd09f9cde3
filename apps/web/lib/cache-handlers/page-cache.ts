// The module `cacheHandler` in next.config.ts points at (compiled to dist/cache-handlers).
import { sharedRedis } from './connection'
import { entryPrefix, TAGS_PREFIX } from './keys'
import { createPageCacheHandler } from './page-cache-handler'

export default createPageCacheHandler(sharedRedis, {
  entries: entryPrefix('page'),
  tags: TAGS_PREFIX,
})
