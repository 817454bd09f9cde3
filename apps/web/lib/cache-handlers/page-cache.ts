// The module `cacheHandler` in next.config.ts points at (compiled to dist/cache-handlers).
import { sharedStore } from './store'
import { entryPrefix, TAGS_PREFIX } from './keys'
import { createPageCacheHandler } from './page-cache-handler'

export default createPageCacheHandler(() => sharedStore('page'), {
  entries: entryPrefix('page'),
  tags: TAGS_PREFIX,
})
