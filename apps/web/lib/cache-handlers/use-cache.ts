// The module `cacheHandlers.default` in next.config.ts points at (compiled to dist/cache-handlers).
import { sharedStore } from './store'
import { entryPrefix, TAGS_PREFIX } from './keys'
import { createUseCacheHandler } from './use-cache-handler'

export default createUseCacheHandler(() => sharedStore('use-cache'), {
  entries: entryPrefix('use-cache'),
  tags: TAGS_PREFIX,
})
