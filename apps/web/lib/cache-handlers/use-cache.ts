// The module `cacheHandlers.default` in next.config.ts points at (compiled to dist/cache-handlers).
import { sharedRedis } from './connection'
import { entryPrefix, TAGS_PREFIX } from './keys'
import { createUseCacheHandler } from './use-cache-handler'

export default createUseCacheHandler(sharedRedis, {
  entries: entryPrefix('use-cache'),
  tags: TAGS_PREFIX,
})
